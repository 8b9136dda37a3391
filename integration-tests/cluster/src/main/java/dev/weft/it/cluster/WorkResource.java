package dev.weft.it.cluster;

import dev.weft.LimitedException;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HTTP access to {@link Gpu}: what the tests drive both instances through. */
@Path("/")
public class WorkResource {

    @Inject
    Gpu gpu;

    /** Runs one limited call of {@code ms} milliseconds; 503 with the reason when it gets no permit. */
    @GET
    @Path("work")
    @Produces(MediaType.TEXT_PLAIN)
    @RunOnVirtualThread
    public Response work(@QueryParam("ms") long ms) throws InterruptedException {
        try {
            return Response.ok(gpu.run(ms)).build();
        } catch (LimitedException e) {
            return Response.status(503)
                    .entity(e.reason() + ": " + e.getMessage())
                    .build();
        }
    }

    /** Answers once the instance is up. */
    @GET
    @Path("ready")
    @Produces(MediaType.TEXT_PLAIN)
    public String ready() {
        return "ready";
    }
}
