package com.acme;

/** A bean in the app's package: its public getters, by name, are its columns. */
public class Driver {

    private int id = 7;

    public String getName() {
        return "Anna";
    }

    public boolean isActive() {
        return true;
    }

    public int getId() {
        return id;
    }

    /** Not a getter: it takes a parameter. */
    public String getGreeting(String to) {
        return "hi " + to;
    }

    /** Not a getter: static. */
    public static String getKind() {
        return "driver";
    }

    /** Not a getter: an is-method that does not return boolean. */
    public String isNot() {
        return "no";
    }
}
