package dev.weft.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A browser's locale and time zone are untrusted: anything unreal falls back to the server's, and hello goes on. */
class ClientLocaleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ClientLocale SERVER = new ClientLocale(Locale.UK, ZoneId.of("UTC"));

    @Test
    void aRealLocaleAndZone_areTaken() {
        ClientLocale where = ClientLocale.of("de-DE", "Europe/Berlin", SERVER);
        assertThat(where.locale()).isEqualTo(Locale.GERMANY);
        assertThat(where.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void anUnknownOrForgedZone_isTheServers_andTheLocaleStillCounts() {
        for (String zone : new String[] {"Mars/Olympus_Mons", "../../etc/passwd", "", "x".repeat(5000), null}) {
            ClientLocale where = ClientLocale.of("de-DE", zone, SERVER);
            assertThat(where.zone()).as(zone).isEqualTo(SERVER.zone());
            assertThat(where.locale()).isEqualTo(Locale.GERMANY);
        }
    }

    @Test
    void anUnreadableLocale_isTheServers() {
        for (String tag : new String[] {"not a locale!", "12345", "", "de-" + "x".repeat(200), null}) {
            assertThat(ClientLocale.of(tag, "Europe/Berlin", SERVER).locale())
                    .as(tag)
                    .isEqualTo(SERVER.locale());
        }
    }

    @Test
    void helloWithBadLocaleFields_isStillAHello() throws Exception {
        Incoming hello = Incoming.parse(
                MAPPER,
                "{\"v\":1,\"type\":\"hello\",\"app\":\"/\",\"locale\":{\"x\":1},\"zone\":\"Nowhere/Land\"}",
                10_000);

        assertThat(hello).isInstanceOfSatisfying(Incoming.Hello.class, h -> {
            assertThat(h.app()).isEqualTo("/");
            assertThat(h.client()).isEqualTo(ClientLocale.server());
        });
    }

    @Test
    void helloWithLocaleAndZone_carriesThem() throws Exception {
        Incoming hello = Incoming.parse(
                MAPPER,
                "{\"v\":1,\"type\":\"hello\",\"app\":\"/\",\"locale\":\"de-DE\",\"zone\":\"Europe/Berlin\"}",
                10_000);

        assertThat(((Incoming.Hello) hello).client())
                .isEqualTo(new ClientLocale(Locale.GERMANY, ZoneId.of("Europe/Berlin")));
    }
}
