package dev.weft.deployment.test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * HTTP clients that send from a chosen loopback address, so one test can be several clients: Linux
 * routes all of 127.0.0.0/8 to the loopback interface.
 */
final class LoopbackClients {

    private LoopbackClients() {}

    /** A client whose connections come from {@code address}, e.g. {@code 127.0.0.2}. */
    static HttpClient from(String address) throws Exception {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .build();
    }

    /** The server's URI by its IPv4 loopback address, which a client bound to 127.0.0.x can reach. */
    static URI server(URI base) {
        return URI.create(base.toString().replace("//localhost:", "//127.0.0.1:"));
    }

    /** Loads the page at {@code path}. */
    static HttpResponse<String> page(HttpClient client, URI server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(server.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
