package dev.weft.examples.gallery;

/**
 * One of the shop's stores, a row of the gallery's table.
 *
 * @param store the store's city
 * @param region where it is
 * @param orders orders this year
 * @param revenue revenue this year, in thousands of euros
 * @param margin gross margin, in percent
 * @param opened the year it opened
 */
public record Store(String store, String region, int orders, double revenue, double margin, int opened) {}
