package org.universo.platformo.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.universo.platformo.utils.schema.SchemaValidator;
import org.universo.platformo.rest.RestApi;

/**
 * JSON for the platform application. Reading validates a body against its type's JSON Schema (when the type
 * names one) before binding, so clients get every field error at once with a JSON pointer to each.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(RestApi.APP_SELECT)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private static final Set<Class<?>> NOT_JSON = Set.of(String.class, byte[].class, InputStream.class,
            StreamingOutput.class, java.io.File.class, java.io.Reader.class);

    private final ObjectMapper mapper = JsonMappers.strict();
    private final JsonBodyReader reader;

    @Activate
    public JsonProvider(@Reference SchemaValidator validator) {
        this.reader = new JsonBodyReader(mapper, validator);
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return !NOT_JSON.contains(type) && isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type generic, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream in) {
        return reader.read(type, generic, in);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return !NOT_JSON.contains(type) && isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        mapper.writerFor(mapper.constructType(generic == null ? type : generic)).writeValue(out, value);
    }

    private static boolean isJson(MediaType m) {
        return m == null || m.isWildcardType() || "json".equals(m.getSubtype()) || m.getSubtype().endsWith("+json");
    }
}
