package dev.weft.cli;

import java.util.regex.Pattern;

/**
 * One dependency a single-file app declares on a {@code //DEPS} line, in JBang's notation: {@code
 * group:artifact[:version[:classifier]][@type]}. Without a version, the Quarkus BOM (or another
 * imported BOM) must manage it; {@code @pom} imports a BOM.
 *
 * @param groupId the group
 * @param artifactId the artifact
 * @param version the version, empty when a BOM manages it
 * @param classifier the classifier, empty for none
 * @param type the type, {@code jar} unless {@code @type} says otherwise
 */
record Dependency(String groupId, String artifactId, String version, String classifier, String type) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /** Parses one coordinate, or throws {@link UsageException} naming it and the expected form. */
    static Dependency parse(String coordinate) {
        String type = "jar";
        String gav = coordinate;
        int at = coordinate.indexOf('@');
        if (at >= 0) {
            type = coordinate.substring(at + 1);
            gav = coordinate.substring(0, at);
        }
        String[] parts = gav.split(":", -1);
        boolean valid =
                parts.length >= 2 && parts.length <= 4 && PART.matcher(type).matches();
        for (String part : parts) {
            valid &= PART.matcher(part).matches();
        }
        if (!valid) {
            throw new UsageException("//DEPS " + coordinate
                    + " is not a dependency. Write group:artifact:version (version optional when the Quarkus BOM"
                    + " manages it), for example //DEPS org.duckdb:duckdb_jdbc:1.5.6.0");
        }
        if ("pom".equals(type) && parts.length < 3) {
            throw new UsageException("//DEPS " + coordinate + " imports a BOM, which needs a version.");
        }
        return new Dependency(
                parts[0], parts[1], parts.length > 2 ? parts[2] : "", parts.length > 3 ? parts[3] : "", type);
    }

    /** A BOM to import ({@code @pom}) rather than a dependency. */
    boolean isBom() {
        return "pom".equals(type);
    }

    /** Its {@code <dependency>} element, on new lines, each indented by {@code indent}. */
    String toXml(String indent) {
        StringBuilder xml = new StringBuilder();
        xml.append('\n').append(indent).append("<dependency>");
        element(xml, indent, "groupId", groupId);
        element(xml, indent, "artifactId", artifactId);
        element(xml, indent, "version", version);
        element(xml, indent, "classifier", classifier);
        element(xml, indent, "type", "jar".equals(type) ? "" : type);
        element(xml, indent, "scope", isBom() ? "import" : "");
        return xml.append('\n').append(indent).append("</dependency>").toString();
    }

    private static void element(StringBuilder xml, String indent, String name, String value) {
        if (!value.isEmpty()) {
            xml.append('\n')
                    .append(indent)
                    .append("  <")
                    .append(name)
                    .append('>')
                    .append(value);
            xml.append("</").append(name).append('>');
        }
    }
}
