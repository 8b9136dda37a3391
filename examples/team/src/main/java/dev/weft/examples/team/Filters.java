package dev.weft.examples.team;

/** What the sidebar returns: the product picked and how many weeks back to look. */
public record Filters(String product, int weeks) {

    static final String ALL = "All products";

    boolean includes(Ticket ticket) {
        return product.equals(ALL) || ticket.product().equals(product);
    }
}
