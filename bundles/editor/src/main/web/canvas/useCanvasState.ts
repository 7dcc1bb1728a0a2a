import { useCallback, useMemo, useRef, useState } from 'react';
import type { Canvas, Problem, SpaceGraph } from '../api/types';
import { asDiagram, dropAnchors, withLayer, type Diagram } from './diagram';
import { fromFlow, toFlow, type FlowEdge, type FlowNode } from './graph';
import { History } from './history';

/**
 * The space graph being edited: an undo history of whole graphs, the canvas on screen as graph-editor nodes and
 * edges, and {@code commit} to record an edit (which also hands the graph to {@code onChange}, i.e. autosave).
 */
export function useCanvasState(initial: SpaceGraph, onChange: (g: SpaceGraph) => void) {
  const history = useRef(new History<SpaceGraph>(initial));
  const [graph, setGraph] = useState(initial);
  const [canvasId, setCanvasId] = useState(initial.canvases[0]?.id ?? 'main');
  const [problems, setProblems] = useState<Problem[]>([]);
  const canvas: Canvas = useMemo(
    () => graph.canvases.find((c) => c.id === canvasId) ?? graph.canvases[0] ?? emptyCanvas('main', 'Main', 0),
    [graph, canvasId],
  );
  const flow = useMemo(() => toFlow(canvas, problems), [canvas, problems]);
  const [nodes, setNodes] = useState<FlowNode[]>(flow.nodes);
  const [edges, setEdges] = useState<FlowEdge[]>(flow.edges);
  const [, setTick] = useState(0);

  const show = useCallback((g: SpaceGraph, id: string, p: Problem[]) => {
    const c = g.canvases.find((x) => x.id === id) ?? g.canvases[0];
    const f = c ? toFlow(c, p) : { nodes: [], edges: [] };
    setGraph(g);
    setNodes(f.nodes);
    setEdges(f.edges);
  }, []);

  const commit = useCallback((n: FlowNode[], e: FlowEdge[]) => {
    let c = fromFlow(canvas, n, e);
    if (c.diagram) {
      c = { ...c, diagram: dropAnchors(asDiagram(c.diagram), new Set(n.map((x) => x.id))) };
    }
    const next = replaceCanvas(history.current.present, c);
    history.current.push(next);
    setGraph(next);
    setNodes(n);
    setEdges(e);
    onChange(next);
    setTick((t) => t + 1);
  }, [canvas, onChange]);

  const commitGraph = useCallback((next: SpaceGraph, id = canvasId) => {
    history.current.push(next);
    setCanvasId(id);
    show(next, id, problems);
    onChange(next);
    setTick((t) => t + 1);
  }, [canvasId, onChange, problems, show]);

  /** The canvas's diagram (with a first layer when it has none yet). */
  const diagram: Diagram = useMemo(() => withLayer(asDiagram(canvas.diagram)), [canvas]);

  const commitDiagram = useCallback((d: Diagram) => {
    const present = history.current.present;
    const c = present.canvases.find((x) => x.id === canvasId) ?? canvas;
    commitGraph(replaceCanvas(present, { ...c, diagram: d }));
  }, [canvas, canvasId, commitGraph]);

  const step = useCallback((redo: boolean) => {
    const h = history.current;
    if (redo ? !h.canRedo : !h.canUndo) {
      return;
    }
    const g = redo ? h.redo() : h.undo();
    const id = g.canvases.some((c) => c.id === canvasId) ? canvasId : g.canvases[0]?.id ?? 'main';
    setCanvasId(id);
    show(g, id, problems);
    onChange(g);
    setTick((t) => t + 1);
  }, [canvasId, onChange, problems, show]);

  /** A graph from the server (load, restore, import): no undo step, nothing to save. */
  const reset = useCallback((g: SpaceGraph) => {
    history.current = new History(g);
    const id = g.canvases.some((c) => c.id === canvasId) ? canvasId : g.canvases[0]?.id ?? 'main';
    setCanvasId(id);
    setProblems([]);
    show(g, id, []);
    setTick((t) => t + 1);
  }, [canvasId, show]);

  const selectCanvas = useCallback((id: string) => {
    setCanvasId(id);
    show(history.current.present, id, problems);
  }, [problems, show]);

  const markProblems = useCallback((p: Problem[]) => {
    setProblems(p);
    setNodes((ns) => ns.map((n) => ({
      ...n,
      data: { ...n.data, problems: p.filter((x) => x.nodeId === n.id && (!x.canvasId || x.canvasId === canvasId)) },
    })));
  }, [canvasId]);

  return {
    graph, canvas, canvasId, nodes, edges, problems, setNodes, setEdges, commit, commitGraph, reset, selectCanvas,
    diagram, commitDiagram,
    markProblems, undo: () => step(false), redo: () => step(true),
    canUndo: history.current.canUndo, canRedo: history.current.canRedo,
  };
}

export function emptyCanvas(id: string, name: string, order: number): Canvas {
  return { id, name, order, nodes: [], edges: [] };
}

export function replaceCanvas(g: SpaceGraph, c: Canvas): SpaceGraph {
  const found = g.canvases.some((x) => x.id === c.id);
  return { ...g, canvases: found ? g.canvases.map((x) => (x.id === c.id ? c : x)) : [...g.canvases, c] };
}
