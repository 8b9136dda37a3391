package dev.weft.examples.explorer;

import java.time.LocalDate;

/**
 * One day of weather at one place, as NOAA recorded it (the Vega data sets' {@code weather.csv}).
 *
 * @param location {@code Seattle} or {@code New York}
 * @param date the day
 * @param precipitation rain and melted snow, in millimetres
 * @param tempMax the day's highest temperature, in °C
 * @param tempMin the day's lowest temperature, in °C
 * @param wind the mean wind speed, in metres a second
 * @param weather {@code sun}, {@code rain}, {@code fog}, {@code drizzle} or {@code snow}
 */
public record Day(
        String location,
        LocalDate date,
        double precipitation,
        double tempMax,
        double tempMin,
        double wind,
        String weather) {

    /**
     * A day from a row of the day table's query ({@link WeatherDb#daysQuery}): its columns by name.
     */
    public static Day of(String location, java.util.Map<String, Object> row) {
        return new Day(
                location,
                java.time.LocalDate.parse(String.valueOf(row.get("date"))),
                number(row.get("precipitation")),
                number(row.get("high")),
                number(row.get("low")),
                number(row.get("wind")),
                String.valueOf(row.get("weather")));
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.parseDouble(String.valueOf(value));
    }

    /** What identifies the day in the tables: a place has one row a day. */
    public String key() {
        return location + " " + date;
    }
}
