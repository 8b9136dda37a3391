package dev.weft.examples.team;

/** A member of the support team, with what an hour of their time costs (admins only see it). */
public record Member(String name, String role, String location, double hourlyRate) {}
