package org.universo.platformo.updl.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds cycles in a directed graph given as adjacency lists. Iterative depth-first search, so a long chain of
 * thousands of nodes cannot overflow the stack; every back edge yields one cycle, listed from its first node
 * around to that node again.
 */
final class Cycles {
    private Cycles() {
    }

    static List<List<String>> find(Map<String, List<String>> successors) {
        List<List<String>> cycles = new ArrayList<>();
        // true while on the current path, false once finished
        Map<String, Boolean> onStack = new HashMap<>();
        for (String start : successors.keySet()) {
            if (onStack.containsKey(start)) {
                continue;
            }
            Deque<Frame> stack = new ArrayDeque<>();
            LinkedHashSet<String> path = new LinkedHashSet<>();
            stack.push(new Frame(start, successors.getOrDefault(start, List.of()).iterator()));
            onStack.put(start, true);
            path.add(start);
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (!top.next.hasNext()) {
                    stack.pop();
                    onStack.put(top.node, false);
                    path.remove(top.node);
                    continue;
                }
                String next = top.next.next();
                Boolean state = onStack.get(next);
                if (state == null) {
                    onStack.put(next, true);
                    path.add(next);
                    stack.push(new Frame(next, successors.getOrDefault(next, List.of()).iterator()));
                } else if (state) {
                    cycles.add(cycle(path, next));
                }
            }
        }
        return cycles;
    }

    private static List<String> cycle(LinkedHashSet<String> path, String back) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        for (String node : path) {
            inside |= node.equals(back);
            if (inside) {
                out.add(node);
            }
        }
        out.add(back);
        return out;
    }

    private record Frame(String node, Iterator<String> next) {
    }
}
