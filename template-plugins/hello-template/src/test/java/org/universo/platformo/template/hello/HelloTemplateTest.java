package org.universo.platformo.template.hello;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.universo.platformo.template.testing.MemoryOut;
import org.universo.platformo.template.testing.TemplateContract;

class HelloTemplateTest {

    @Test
    void passesTheTemplateContract() throws Exception {
        MemoryOut out = TemplateContract.check(new HelloTemplate());
        assertTrue(out.text("index.html").contains("<h1>Hello, world</h1>"), "the default heading");
    }
}
