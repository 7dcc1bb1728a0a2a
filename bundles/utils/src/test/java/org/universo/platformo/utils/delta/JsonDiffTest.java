package org.universo.platformo.utils.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> ops(JsonPatch patch) {
        return patch.ops().stream()
                .map(op -> op.op() + " " + op.path() + (op.value() == null ? "" : " " + op.value()))
                .toList();
    }

    @Test
    void randomPairsRoundTrip() {
        RandomJson random = new RandomJson(20240607L, true);
        int nonEmpty = 0;
        for (int i = 0; i < 500; i++) {
            JsonNode a = random.value(4);
            JsonNode b = i % 3 == 0 ? random.value(4) : random.edit(a, 4);
            JsonNode aBefore = a.deepCopy();
            JsonPatch patch = JsonDiff.diff(a, b);
            String context = "case " + i + ": " + a + " -> " + b + " via " + patch;
            assertEquals(b, patch.apply(a), context);
            assertEquals(aBefore, a, "input mutated, " + context);
            assertEquals(patch, JsonPatch.fromJson(patch.toJson()), context);
            assertTrue(JsonDiff.diff(a, a).isEmpty(), context);
            assertTrue(JsonDiff.diff(b, b.deepCopy()).isEmpty(), context);
            assertEquals(JsonDiff.equivalent(a, b), patch.isEmpty(), context);
            nonEmpty += patch.isEmpty() ? 0 : 1;
        }
        assertTrue(nonEmpty > 300, "generator produced too few differing pairs: " + nonEmpty);
    }

    @Test
    void unchangedSubtreesProduceNoOperations() {
        JsonNode from = json("{'keep':{'deep':[1,2,{'x':true}]},'change':{'a':1,'b':2}}");
        JsonNode to = json("{'keep':{'deep':[1,2,{'x':true}]},'change':{'a':1,'b':3}}");
        assertEquals(List.of("replace /change/b 3"), ops(JsonDiff.diff(from, to)));
    }

    @Test
    void keysWithSlashAndTildeAreEscaped() {
        JsonNode from = json("{'a/b':1,'m~n':2,'~1':3,'':{'/':0}}");
        JsonNode to = json("{'a/b':2,'m~n':3,'~1':4,'':{'/':1}}");
        JsonPatch patch = JsonDiff.diff(from, to);
        assertEquals(List.of("replace /a~1b 2", "replace /m~0n 3", "replace /~01 4", "replace //~1 1"), ops(patch));
        assertEquals(to, patch.apply(from));
    }

    @Test
    void nestedArraysShrinkFromTheEndAndGrow() {
        JsonNode from = json("{'x':[[1,2,3],[4]]}");
        JsonNode to = json("{'x':[[1],[4,5,6]]}");
        JsonPatch patch = JsonDiff.diff(from, to);
        assertEquals(List.of("remove /x/0/2", "remove /x/0/1", "add /x/1/1 5", "add /x/1/2 6"), ops(patch));
        assertEquals(to, patch.apply(from));
        assertEquals(from, JsonDiff.diff(to, from).apply(to));
    }

    @Test
    void arraysOfDifferentLengthDiffTheCommonPrefix() {
        JsonPatch patch = JsonDiff.diff(json("[1,2,3,4]"), json("[1,9]"));
        assertEquals(List.of("replace /1 9", "remove /3", "remove /2"), ops(patch));
        assertEquals(List.of("add /0 1"), ops(JsonDiff.diff(json("[]"), json("[1]"))));
    }

    @Test
    void nullValuesAreOrdinaryValues() {
        assertEquals(List.of("replace /a 1"), ops(JsonDiff.diff(json("{'a':null}"), json("{'a':1}"))));
        assertEquals(List.of("replace /a null"), ops(JsonDiff.diff(json("{'a':1}"), json("{'a':null}"))));
        assertEquals(List.of("add /a null"), ops(JsonDiff.diff(json("{}"), json("{'a':null}"))));
        assertEquals(List.of("remove /a"), ops(JsonDiff.diff(json("{'a':null}"), json("{}"))));
        JsonNode to = json("{'a':null,'b':[null]}");
        assertEquals(to, JsonDiff.diff(json("{'b':[]}"), to).apply(json("{'b':[]}")));
    }

    @Test
    void typeChangeIsOneReplace() {
        assertEquals(List.of("replace /a {\"0\":1}"), ops(JsonDiff.diff(json("{'a':[1]}"), json("{'a':{'0':1}}"))));
        assertEquals(List.of("replace /a \"1\""), ops(JsonDiff.diff(json("{'a':1}"), json("{'a':'1'}"))));
    }

    @Test
    void rootIsReplacedWithEmptyPath() {
        assertEquals(List.of("replace  \"x\""), ops(JsonDiff.diff(json("1"), json("'x'"))));
        JsonPatch patch = JsonDiff.diff(json("[1]"), json("{'a':1}"));
        assertEquals(List.of("replace  {\"a\":1}"), ops(patch));
        assertEquals(json("{'a':1}"), patch.apply(json("[1]")));
        assertEquals(json("{'a':1}"), JsonDiff.diff(null, json("{'a':1}")).apply(null));
    }

    @Test
    void numbersCompareByValue() {
        assertTrue(JsonDiff.diff(IntNode.valueOf(1), DoubleNode.valueOf(1.0)).isEmpty());
        assertTrue(JsonDiff.diff(LongNode.valueOf(10), DecimalNode.valueOf(new BigDecimal("1E+1"))).isEmpty());
        assertTrue(JsonDiff.diff(json("{'a':[1, 2.50]}"), json("{'a':[1.0, 2.5]}")).isEmpty());
        assertFalse(JsonDiff.diff(IntNode.valueOf(1), DoubleNode.valueOf(1.5)).isEmpty());
        assertTrue(JsonDiff.equivalent(DoubleNode.valueOf(Double.NaN), DoubleNode.valueOf(Double.NaN)));
        assertFalse(JsonDiff.equivalent(DoubleNode.valueOf(Double.POSITIVE_INFINITY), IntNode.valueOf(1)));
    }

    @Test
    void equivalenceIsStructural() {
        assertTrue(JsonDiff.equivalent(json("{'a':1,'b':[1,{}]}"), json("{'b':[1.0,{}],'a':1}")));
        assertFalse(JsonDiff.equivalent(json("{'a':1}"), json("{'b':1}")));
        assertFalse(JsonDiff.equivalent(json("[1,2]"), json("[2,1]")));
        assertFalse(JsonDiff.equivalent(json("{}"), json("[]")));
        assertTrue(JsonDiff.equivalent(null, NullNode.getInstance()));
    }
}
