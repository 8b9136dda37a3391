package com.acme.other;

/** A record of another package: read by a generated reader, as records are from anywhere. */
public record Place(String city, double latitude) {}
