package org.universo.platformo.utils.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.universo.platformo.utils.delta.JsonDiffTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPatchTest {

    private static JsonNode apply(String patch, String target) {
        return JsonPatch.fromJson(json(patch)).apply(json(target));
    }

    @Test
    void appliesAddRemoveReplace() {
        JsonNode result = apply("[{'op':'add','path':'/b','value':[1]},{'op':'add','path':'/b/-','value':2},"
                + "{'op':'add','path':'/b/0','value':0},{'op':'replace','path':'/a','value':null},"
                + "{'op':'remove','path':'/c'}]", "{'a':1,'c':3}");
        assertEquals(json("{'a':null,'b':[0,1,2]}"), result);
    }

    @Test
    void addOnExistingMemberReplacesIt() {
        assertEquals(json("{'a':2}"), apply("[{'op':'add','path':'/a','value':2}]", "{'a':1}"));
    }

    @Test
    void missingPathsThrow() {
        String target = "{'a':{'b':[1,2]}}";
        for (String op : List.of(
                "{'op':'remove','path':'/x'}",
                "{'op':'replace','path':'/x','value':1}",
                "{'op':'add','path':'/x/y','value':1}",
                "{'op':'replace','path':'/a/b/2','value':1}",
                "{'op':'add','path':'/a/b/3','value':1}",
                "{'op':'remove','path':'/a/b/-'}",
                "{'op':'remove','path':'/a/b/01'}",
                "{'op':'add','path':'/a/b/0/z','value':1}",
                "{'op':'remove','path':''}")) {
            assertThrows(PatchException.class, () -> apply("[" + op + "]", target), op);
        }
    }

    @Test
    void failedPatchLeavesInputUntouched() {
        JsonNode target = json("{'a':1}");
        JsonPatch patch = JsonPatch.fromJson(json("[{'op':'replace','path':'/a','value':2},{'op':'remove','path':'/z'}]"));
        assertThrows(PatchException.class, () -> patch.apply(target));
        assertEquals(json("{'a':1}"), target);
    }

    @Test
    void malformedPatchesAreRejected() {
        for (String patch : List.of("{}", "[1]", "[{'op':'move','from':'/a','path':'/b'}]",
                "[{'op':'add','path':'/a'}]", "[{'op':'remove','path':'a'}]", "[{'op':'remove','path':'/~2'}]",
                "[{'op':'remove'}]", "[{'op':1,'path':'/a'}]")) {
            assertThrows(PatchException.class, () -> JsonPatch.fromJson(json(patch)), patch);
        }
        assertThrows(PatchException.class, () -> JsonPatch.fromJson(null));
    }

    @Test
    void toJsonIsRfc6902() {
        JsonPatch patch = new JsonPatch(List.of(JsonPatch.Op.add("/a~1b", IntNode.valueOf(1)), JsonPatch.Op.remove("/c")));
        assertEquals(json("[{'op':'add','path':'/a~1b','value':1},{'op':'remove','path':'/c'}]"), patch.toJson());
        assertEquals(json("{'a/b':1}"), patch.apply(json("{'c':0}")));
    }

    @Test
    void patchIsImmutable() {
        ObjectNode value = (ObjectNode) json("{'v':1}");
        JsonPatch patch = new JsonPatch(List.of(JsonPatch.Op.add("/a", value)));
        value.put("v", 99);
        ((ObjectNode) patch.ops().get(0).value()).put("v", 98);
        ObjectNode result = (ObjectNode) patch.apply(json("{}"));
        ((ObjectNode) result.get("a")).put("v", 97);
        assertEquals(json("{'a':{'v':1}}"), patch.apply(json("{}")));
        assertThrows(UnsupportedOperationException.class, () -> patch.ops().clear());
    }

    @Test
    void emptyPatchReturnsEqualCopy() {
        JsonPatch empty = new JsonPatch(List.of());
        assertTrue(empty.isEmpty());
        JsonNode target = json("{'a':[1]}");
        JsonNode result = empty.apply(target);
        assertEquals(target, result);
        ((ObjectNode) result).put("b", 1);
        assertEquals(json("{'a':[1]}"), target);
    }
}
