package com.acme.other;

/** A bean of another package (a library's class, say): left to reflection. */
public class Ticket {

    public String getCode() {
        return "T1";
    }
}
