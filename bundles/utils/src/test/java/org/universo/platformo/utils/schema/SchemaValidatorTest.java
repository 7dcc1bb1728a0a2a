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

    static boolean has(List<Violation> violations, String pointer, String keyword) {
        return violations.stream().anyMatch(v -> v.pointer().equals(pointer) && v.keyword().equals(keyword));
    }
}
