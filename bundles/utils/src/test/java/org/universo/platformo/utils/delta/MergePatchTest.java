package org.universo.platformo.utils.delta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.universo.platformo.utils.delta.JsonDiffTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

class MergePatchTest {

    @Test
    void rfc7396Examples() {
        assertEquals(json("{'a':'z','c':{'d':'e'}}"), MergePatch.apply(
                json("{'a':'b','c':{'d':'e','f':'g'}}"), json("{'a':'z','c':{'f':null}}")));
        assertEquals(json("{'a':'c'}"), MergePatch.apply(json("{'a':'b'}"), json("{'a':'c'}")));
        assertEquals(json("{'b':'c'}"), MergePatch.apply(json("{'a':'b'}"), json("{'a':null,'b':'c'}")));
        assertEquals(json("{'a':[1]}"), MergePatch.apply(json("{'a':[{'b':'c'}]}"), json("{'a':[1]}")));
        assertEquals(json("['c','d']"), MergePatch.apply(json("['a','b']"), json("['c','d']")));
        assertEquals(json("{'a':'c'}"), MergePatch.apply(json("['a','b']"), json("{'a':'c'}")));
        assertEquals(json("'bar'"), MergePatch.apply(json("{'a':'foo'}"), json("'bar'")));
        assertEquals(json("{'e':null,'a':1}"), MergePatch.apply(json("{'e':null}"), json("{'a':1}")));
        assertEquals(json("{'a':{'bb':{}}}"), MergePatch.apply(json("{}"), json("{'a':{'bb':{'ccc':null}}}")));
        assertEquals(NullNode.getInstance(), MergePatch.apply(json("{'a':1}"), NullNode.getInstance()));
    }

    @Test
    void diffIsMinimal() {
        assertEquals(json("{}"), MergePatch.diff(json("{'a':1,'b':{'c':[1]}}"), json("{'b':{'c':[1.0]},'a':1}")));
        assertEquals(json("{'a':null,'b':{'c':2},'d':[1]}"),
                MergePatch.diff(json("{'a':1,'b':{'c':1,'k':0},'d':[]}"), json("{'b':{'c':2,'k':0},'d':[1]}")));
        assertEquals(json("[1]"), MergePatch.diff(json("{'a':1}"), json("[1]")));
    }

    @Test
    void diffRefusesNullsItCannotExpress() {
        assertThrows(IllegalArgumentException.class, () -> MergePatch.diff(json("{'a':1}"), json("{'a':null}")));
        assertThrows(IllegalArgumentException.class, () -> MergePatch.diff(json("{}"), json("{'a':{'b':null}}")));
        assertThrows(IllegalArgumentException.class, () -> MergePatch.diff(json("1"), json("{'a':null}")));
        // nulls inside arrays and an unchanged null member are fine
        JsonNode from = json("{'keep':null}");
        JsonNode to = json("{'keep':null,'arr':[null,{'x':null}]}");
        assertEquals(to, MergePatch.apply(from, MergePatch.diff(from, to)));
    }

    @Test
    void randomObjectsWithoutNullsRoundTrip() {
        RandomJson random = new RandomJson(7396L, false);
        for (int i = 0; i < 400; i++) {
            JsonNode a = random.object(3);
            JsonNode b = i % 4 == 0 ? random.object(3) : random.edit(a, 3);
            JsonNode aBefore = a.deepCopy();
            JsonNode patch = MergePatch.diff(a, b);
            JsonNode patchBefore = patch.deepCopy();
            assertEquals(b, MergePatch.apply(a, patch), "case " + i + ": " + a + " -> " + b + " via " + patch);
            assertEquals(aBefore, a);
            assertEquals(patchBefore, patch);
            assertEquals(json("{}"), MergePatch.diff(a, a.deepCopy()));
        }
    }
}
