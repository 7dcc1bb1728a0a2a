package org.universo.platformo.utils.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SchemaValidator validator = SchemaValidators.create();
    private final ClassLoader loader = getClass().getClassLoader();

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void validDocumentHasNoViolations() {
        JsonNode doc = json("{'name':'bag','items':[{'x':1},{'x':2,'a/b~c':true}]}");
        assertEquals(List.of(), validator.validate(loader, "test/Inventory.schema.json", doc));
    }

    @Test
    void wrongTypeAtRootIsReportedWithEmptyPointer() {
        List<Violation> violations = validator.validate(loader, "test/Inventory.schema.json", json("[1]"));
        assertEquals(1, violations.size(), violations::toString);
        Violation v = violations.get(0);
        assertEquals("", v.pointer());
        assertEquals("type", v.keyword());
        assertTrue(v.message().contains("object"), v.message());
    }

    @Test
    void nestedViolationsCarryJsonPointers() {
        JsonNode doc = json("{'name':'','items':[{'x':1},{'x':'one','a/b~c':5},{}]}");
        List<Violation> violations = validator.validate(loader, "test/Inventory.schema.json", doc);
        assertTrue(has(violations, "/name", "minLength"), violations::toString);
        assertTrue(has(violations, "/items/1/x", "type"), violations::toString);
        assertTrue(has(violations, "/items/1/a~1b~0c", "type"), violations::toString);
        assertTrue(has(violations, "/items/2", "required"), violations::toString);
        assertEquals(4, violations.size(), violations::toString);
    }

    @Test
    void messagesAreReadableEnglishWithoutClassNamesOrLocationPrefix() {
        List<Violation> violations = validator.validate(loader, "test/Inventory.schema.json", json("{}"));
        assertEquals(1, violations.size(), violations::toString);
        String message = violations.get(0).message();
        assertTrue(message.contains("required") && message.contains("name"), message);
        assertFalse(message.startsWith(":") || message.startsWith("/") || message.startsWith("$"), message);
        assertFalse(message.contains("com.networknt") || message.contains("Exception"), message);
    }

    @Test
    void refsAcrossFilesResolveAgainstId() {
        JsonNode good = json("{'position':{'x':1,'y':2.5,'z':-3}}");
        assertEquals(List.of(), validator.validate(loader, "ecs/Transform.schema.json", good));

        JsonNode bad = json("{'position':{'x':1,'y':'2','w':0},'scale':{'x':1,'y':1,'z':1}}");
        List<Violation> violations = validator.validate(loader, "ecs/Transform.schema.json", bad);
        assertTrue(has(violations, "/position/y", "type"), violations::toString);
        assertTrue(has(violations, "/position", "required"), violations::toString);
        assertTrue(has(violations, "/position", "additionalProperties"), violations::toString);
    }

    @Test
    void formatIsAsserted() {
        JsonNode doc = json("{'position':{'x':1,'y':2,'z':3},'parent':'not-a-uuid'}");
        List<Violation> violations = validator.validate(loader, "ecs/Transform.schema.json", doc);
        assertTrue(has(violations, "/parent", "format"), violations::toString);
        JsonNode ok = json("{'position':{'x':1,'y':2,'z':3},'parent':'0f8fad5b-d9cb-469f-a165-70867728950e'}");
        assertEquals(List.of(), validator.validate(loader, "ecs/Transform.schema.json", ok));
    }

    @Test
    void leadingSlashInSchemaPathIsTolerated() {
        assertEquals(List.of(), validator.validate(loader, "/test/Inventory.schema.json", json("{'name':'n'}")));
    }

    @Test
    void missingSchemaFileIsIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> validator.validate(loader, "nope/Missing.schema.json", json("{}")));
        assertTrue(e.getMessage().contains("UNIVERSO-INF/schemas/nope/Missing.schema.json"), e.getMessage());
    }

    @Test
    void schemaPathEscapingTheFolderIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(loader, "../schemas/test/Inventory.schema.json", json("{}")));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(loader, "", json("{}")));
    }

    @Test
    void missingReferencedFileIsIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> validator.validate(loader, "test/MissingRef.schema.json", json("{'thing':1}")));
        assertTrue(e.getMessage().contains("DoesNotExist.schema.json"), e.getMessage());
    }

    @Test
    void referenceOutsideTheFolderIsNotLoaded() {
        // "../../outside" resolves to the top of the schema folder at most, never beyond it.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> validator.validate(loader, "test/Escape.schema.json", json("{'thing':1}")));
        assertTrue(e.getMessage().contains("UNIVERSO-INF/schemas/outside.schema.json"), e.getMessage());
    }

    @Test
    void inMemorySchemaValidates() {
        JsonNode schema = json("{'type':'object','properties':{'volume':{'type':'number','maximum':1}},"
                + "'required':['volume']}");
        assertEquals(List.of(), validator.validate(schema, json("{'volume':0.5}")));
        List<Violation> violations = validator.validate(schema, json("{'volume':2}"));
        assertEquals(List.of("/volume"), violations.stream().map(Violation::pointer).toList());
        assertEquals("maximum", violations.get(0).keyword());
    }

    @Test
    void inMemorySchemaWithLocalDefsAndMetaSchemaRef() {
        JsonNode schema = json("{'$defs':{'pos':{'type':'integer','minimum':0}},"
                + "'properties':{'a':{'$ref':'#/$defs/pos'},"
                + "'s':{'$ref':'https://json-schema.org/draft/2020-12/schema'}}}");
        assertEquals(List.of(), validator.validate(schema, json("{'a':3,'s':{'type':'string'}}")));
        List<Violation> violations = validator.validate(schema, json("{'a':-1,'s':{'type':12}}"));
        assertTrue(has(violations, "/a", "minimum"), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.pointer().startsWith("/s")), violations::toString);
    }

    @Test
    void inMemorySchemaCannotReferenceBundleFiles() {
        JsonNode schema = json("{'$ref':'https://schemas.universo-platformo.org/common/Vector3.schema.json'}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> validator.validate(schema, json("{}")));
        assertTrue(e.getMessage().contains("Vector3.schema.json"), e.getMessage());
    }

    @Test
    void checkSchemaAcceptsAGoodSchema() {
        assertEquals(List.of(), validator.checkSchema(json("{'type':'object','properties':{'a':{'type':'string'}}}")));
        assertEquals(List.of(), validator.checkSchema(json("true")));
        assertEquals(List.of(), validator.checkSchema(loader, "ecs/Transform.schema.json"));
    }

    @Test
    void checkSchemaFlagsNumericType() {
        List<Violation> problems = validator.checkSchema(json("{'type':12}"));
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(v -> v.pointer().equals("/type")), problems::toString);
        assertFalse(validator.checkSchema(loader, "test/BrokenType.schema.json").isEmpty());
    }

    @Test
    void checkSchemaFlagsOtherDraftsAndNonSchemas() {
        List<Violation> problems = validator.checkSchema(json("{'$schema':'http://json-schema.org/draft-07/schema#'}"));
        assertTrue(has(problems, "/$schema", "$schema"), problems::toString);
        // still usable for validation: the dialect is built in, nothing is loaded
        JsonNode draft7 = json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'string'}");
        assertEquals(1, validator.validate(draft7, json("1")).size());
        assertFalse(validator.checkSchema(json("42")).isEmpty());
        assertFalse(validator.checkSchema(json("{'properties':{'a':{'minimum':'zero'}}}")).isEmpty());
    }

    @Test
    void checkSchemaReportsUnresolvableReferences() {
        List<Violation> problems = validator.checkSchema(loader, "test/MissingRef.schema.json");
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("$ref", problems.get(0).keyword());
        assertTrue(problems.get(0).message().contains("DoesNotExist.schema.json"), problems::toString);
    }

    @Test
    void tensOfThousandsOfUnknownKeysYieldFiftyViolationsAndACount() {
        JsonNode schema = json("{'type':'object','properties':{'name':{'type':'string'}},'additionalProperties':false}");
        com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.createObjectNode().put("name", "ok");
        for (int i = 0; i < 70_000; i++) {
            doc.put(String.format("k%05d", i), i);
        }
        List<Violation> violations = validator.validate(schema, doc);
        assertEquals(51, violations.size());
        // additionalProperties reports at the object's pointer and names the key in the message
        assertEquals(50, violations.subList(0, 50).stream().filter(v -> v.keyword().equals("additionalProperties"))
                .map(Violation::message).distinct().count(), violations::toString);
        Violation last = violations.get(50);
        assertEquals("", last.pointer());
        assertEquals("truncated", last.keyword());
        assertTrue(last.message().startsWith("69950 more violations not listed"), last.message());
    }

    @Test
    void fiftyViolationsAreAllListedWithoutACount() {
        JsonNode schema = json("{'type':'object','additionalProperties':false}");
        com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.createObjectNode();
        for (int i = 0; i < 50; i++) {
            doc.put("k" + i, i);
        }
        List<Violation> violations = validator.validate(schema, doc);
        assertEquals(50, violations.size());
        assertFalse(has(violations, "", "truncated"), violations::toString);
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedWhereTheSchemaLeavesItOpen() {
        JsonNode doc = json("{'position':{'x':1e309,'y':0,'z':-1e400}}");
        List<Violation> violations = validator.validate(loader, "ecs/Transform.schema.json", doc);
        assertEquals(List.of(new Violation("/position/x", "finite",
                "must be a finite number (beyond the range of a 64-bit float)")), violations);
        assertEquals(List.of(), validator.validate(loader, "ecs/Transform.schema.json",
                json("{'position':{'x':1e308,'y':0,'z':0}}")), "1e308 is a double: the schema's bounds decide");
        assertTrue(has(validator.validate(json("{'type':'array'}"), json("[1, [2, 1e999]]")), "/1/1", "finite"));
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleWhereEnumConstOrMultipleOfIsExpectedIsAViolationNotAFault() {
        for (String schema : List.of("{'properties':{'kind':{'enum':['child','partner']}}}",
                "{'properties':{'kind':{'const':1}}}", "{'properties':{'kind':{'multipleOf':0.5}}}",
                "{'properties':{'kind':{'enum':[1,2]}}}")) {
            List<Violation> violations = validator.validate(json(schema), json("{'kind':1e400,'k':'\\u0000'}"));
            assertEquals(List.of(new Violation("/kind", "finite",
                    "must be a finite number (beyond the range of a 64-bit float)")), violations.subList(0, 1), schema);
            assertTrue(has(violations, "/k", violations.get(1).keyword()), schema + " " + violations);
        }
        assertTrue(has(validator.validate(loader, "test/Inventory.schema.json", json("{'items':[{'x':-1e999}]}")),
                "/items/0/x", "finite"));
    }

    @Test
    void checkBoundsNamesEveryUnboundedNumberThroughReferencesOnce() {
        List<Violation> open = validator.checkBounds(loader, "ecs/Transform.schema.json");
        assertEquals(List.of("common/Vector3.schema.json#/properties/x", "common/Vector3.schema.json#/properties/y",
                "common/Vector3.schema.json#/properties/z"), open.stream().map(Violation::pointer).toList());
        assertTrue(open.stream().allMatch(v -> v.keyword().equals("bounds")
                && v.message().equals("a number without a minimum and maximum")), open::toString);
        assertEquals(List.of(new Violation("test/Inventory.schema.json#/properties/items/items/properties/x", "bounds",
                "a number without a maximum")), validator.checkBounds(loader, "test/Inventory.schema.json"));
        assertEquals(List.of(), validator.checkBounds(loader, "test/Escape.schema.json"));
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedInValuesAndKeysButEmojiPass() {
        JsonNode open = json("{'type':'object'}");
        com.fasterxml.jackson.databind.node.ObjectNode doc = MAPPER.createObjectNode();
        doc.put("name", "ship \uD83D\uDE80 \u4E16");
        assertEquals(List.of(), validator.validate(open, doc), "a pair of surrogates is one character");
        doc.putArray("tags").add("ok").add("a\u0000b");
        assertEquals(List.of(new Violation("/tags/1", "text", "must not contain the NUL character (U+0000)")),
                validator.validate(open, doc));
        doc.remove("tags");
        doc.put("x\uD800", 1);
        assertEquals(List.of(new Violation("/x\uD800", "text", "a key must not contain a lone surrogate (U+D800)")),
                validator.validate(open, doc));
        assertEquals("must not contain a lone surrogate (U+DC00)", JsonText.problem("\uDC00\uD83D\uDE80"));
        assertEquals("must not contain a lone surrogate (U+D83D)", JsonText.problem("end \uD83D"));
        assertEquals(null, JsonText.problem(""));
    }

    static boolean has(List<Violation> violations, String pointer, String keyword) {
        return violations.stream().anyMatch(v -> v.pointer().equals(pointer) && v.keyword().equals(keyword));
    }
}
