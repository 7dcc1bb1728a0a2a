package org.universo.platformo.rest.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.universo.platformo.api.error.ApiException;
import org.universo.platformo.api.error.ErrorCode;
import org.universo.platformo.rest.RestApi;

/** Anything unexpected: logged with its trace id for operators, answered without internals for clients. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApi.APP_SELECT)
public final class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionMapper.class);

    @Override
    public Response toResponse(Throwable t) {
        ApiException api = Errors.apiCause(t);
        if (api != null) {
            return Errors.of(api);
        }
        LOG.error("Unhandled error, trace {}", Errors.traceId(), t);
        return Errors.of(ErrorCode.INTERNAL_ERROR, 500, "Internal error; quote the trace id when reporting it", null);
    }
}
