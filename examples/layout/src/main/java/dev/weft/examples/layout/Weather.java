package dev.weft.examples.layout;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Stands for a weather service: generated, but stable, figures per city; the station data loads slowly. */
@ApplicationScoped
public class Weather {

    static final List<String> CITIES = List.of("Lisbon", "Oslo", "Tokyo", "Nairobi");

    /** How long each part of a station report takes to load. */
    static final long PART_MILLIS = 400;

    /** One day's figures. */
    record Day(LocalDate date, double high, double low, double rain) {}

    /** The last {@code days} days in {@code city}, oldest first. */
    List<Day> days(String city, int days) {
        Random random = new Random(city.hashCode());
        double base =
                switch (city) {
                    case "Oslo" -> 6;
                    case "Tokyo" -> 16;
                    case "Nairobi" -> 20;
                    default -> 17;
                };
        LocalDate first = LocalDate.of(2026, 6, 1).minusDays(days);
        List<Day> result = new ArrayList<>(days);
        double drift = 0;
        for (int day = 0; day < days; day++) {
            drift = drift * 0.8 + random.nextGaussian() * 1.5;
            double high = base + 6 + drift + random.nextDouble() * 2;
            double low = high - 6 - random.nextDouble() * 4;
            double rain = random.nextDouble() < 0.35 ? Math.round(random.nextDouble() * 120) / 10.0 : 0;
            result.add(new Day(first.plusDays(day), round(high), round(low), rain));
        }
        return result;
    }

    /** One part of a station's hourly readings: slow, like a real download. */
    List<Double> stationPart(Settings settings, int part) throws InterruptedException {
        Thread.sleep(PART_MILLIS);
        Random random = new Random(settings.city().hashCode() * 31L + part);
        List<Double> readings = new ArrayList<>(24);
        for (int hour = 0; hour < 24; hour++) {
            readings.add(round(12 + 6 * Math.sin((hour - 9) / 24.0 * 2 * Math.PI) + random.nextGaussian()));
        }
        return readings;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
