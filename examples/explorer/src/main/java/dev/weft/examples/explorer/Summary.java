package dev.weft.examples.explorer;

import java.time.LocalDate;

/**
 * Totals and means over a set of days.
 *
 * @param days how many days
 * @param meanMax the mean of the days' highest temperatures, in °C
 * @param meanMin the mean of the days' lowest temperatures, in °C
 * @param precipitation the precipitation of all the days, in millimetres
 * @param wetDays how many days had any precipitation
 * @param maxWind the strongest mean wind of a day, in metres a second
 * @param windiest the day it blew
 */
public record Summary(
        int days,
        double meanMax,
        double meanMin,
        double precipitation,
        int wetDays,
        double maxWind,
        LocalDate windiest) {}
