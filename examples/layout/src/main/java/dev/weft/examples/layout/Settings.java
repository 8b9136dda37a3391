package dev.weft.examples.layout;

/** What the sidebar returns: every section that takes it reruns when it changes. */
public record Settings(String city, int days, boolean fahrenheit) {

    /** A temperature in the unit picked, with its unit. */
    String temperature(double celsius) {
        return fahrenheit ? String.format("%.1f °F", celsius * 9 / 5 + 32) : String.format("%.1f °C", celsius);
    }
}
