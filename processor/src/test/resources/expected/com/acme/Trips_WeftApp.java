package com.acme;

import com.acme.other.Place;
import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.RowReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Weft's definition of {@link Trips}: its fragment table and dispatcher.
 */
@Generated(
        value = "dev.weft.processor.WeftProcessor",
        comments = "from com.acme.Trips"
)
final class Trips_WeftApp implements AppDefinition {
    private static final List<FragmentDefinition> FRAGMENTS = List.of(
            new FragmentDefinition("trips", false, true, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("drivers", false, false, true, List.of(0), 0L, Area.MAIN, null, false),
            new FragmentDefinition("pairs", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("show", false, true, false, List.of(1, 2, 4), 0L, Area.MAIN, null, false),
            new FragmentDefinition("attributes", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("places", false, false, true, List.of(), 0L, Area.MAIN, null, false),
            new FragmentDefinition("ticket", false, false, true, List.of(), 0L, Area.MAIN, null, false));

    private static final List<RowReader<?>> ROW_READERS = List.of(
            new DriverReader(),
            new Trips_PairReader(),
            new Trips_TripReader(),
            new PlaceReader());

    /**
     * Called by CDI: the Weft extension registers this class as a bean.
     */
    public Trips_WeftApp() {
    }

    @Override
    public Class<?> appClass() {
        return Trips.class;
    }

    @Override
    public String title() {
        return "Trips";
    }

    @Override
    public String path() {
        return "/trips";
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return FRAGMENTS;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object app, int fragment, Ui ui, Object[] inputs) throws Exception {
        Trips target = (Trips) app;
        switch (fragment) {
            case 0:
                return target.trips(ui);
            case 1:
                return target.drivers((List<Trips.Trip>) inputs[0]);
            case 2:
                return target.pairs();
            case 3:
                target.show(ui, (Map<String, Optional<Driver>>) inputs[0], (Trips.Pair<String, Integer>[]) inputs[1], (Trips.Attributes) inputs[2]);
                return null;
            case 4:
                return target.attributes();
            case 5:
                return target.places();
            case 6:
                return target.ticket();
            default:
                throw new IllegalArgumentException("No fragment " + fragment + " in com.acme.Trips");
        }
    }

    @Override
    public List<RowReader<?>> rowReaders() {
        return ROW_READERS;
    }

    /**
     * Reads {@link Driver} rows.
     */
    private static final class DriverReader implements RowReader<Driver> {
        private static final List<String> NAMES = List.of("active", "id", "name");

        private static final List<Class<?>> TYPES = List.of(Boolean.class, Integer.class, String.class);

        @Override
        public Class<?> type() {
            return Driver.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Driver row, int column) {
            return switch (column) {
                case 0 -> row.isActive();
                case 1 -> row.getId();
                case 2 -> row.getName();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Driver");
            };
        }
    }

    /**
     * Reads {@link Trips.Pair} rows.
     */
    private static final class Trips_PairReader implements RowReader<Trips.Pair<?, ?>> {
        private static final List<String> NAMES = List.of("first", "second");

        private static final List<Class<?>> TYPES = List.of(Object.class, Object.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(Object.class, Object.class);

        @Override
        public Class<?> type() {
            return Trips.Pair.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Trips.Pair<?, ?> row, int column) {
            return switch (column) {
                case 0 -> row.first();
                case 1 -> row.second();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Pair");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Trips.Pair<?, ?> create(Object[] values) {
            return new Trips.Pair<>(
                    values[0],
                    values[1]);
        }
    }

    /**
     * Reads {@link Trips.Trip} rows.
     */
    private static final class Trips_TripReader implements RowReader<Trips.Trip> {
        private static final List<String> NAMES = List.of("zone", "fare", "passengers", "day");

        private static final List<Class<?>> TYPES = List.of(String.class, Double.class, Integer.class, LocalDate.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(String.class, double.class, int.class, LocalDate.class);

        @Override
        public Class<?> type() {
            return Trips.Trip.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Trips.Trip row, int column) {
            return switch (column) {
                case 0 -> row.zone();
                case 1 -> row.fare();
                case 2 -> row.passengers();
                case 3 -> row.day();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Trip");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Trips.Trip create(Object[] values) {
            return new Trips.Trip(
                    (String) values[0],
                    (Double) values[1],
                    (Integer) values[2],
                    (LocalDate) values[3]);
        }
    }

    /**
     * Reads {@link Place} rows.
     */
    private static final class PlaceReader implements RowReader<Place> {
        private static final List<String> NAMES = List.of("city", "latitude");

        private static final List<Class<?>> TYPES = List.of(String.class, Double.class);

        private static final List<Class<?>> DECLARED_TYPES = List.of(String.class, double.class);

        @Override
        public Class<?> type() {
            return Place.class;
        }

        @Override
        public List<String> names() {
            return NAMES;
        }

        @Override
        public List<Class<?>> types() {
            return TYPES;
        }

        @Override
        public Object read(Place row, int column) {
            return switch (column) {
                case 0 -> row.city();
                case 1 -> row.latitude();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Place");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return DECLARED_TYPES;
        }

        @Override
        public Place create(Object[] values) {
            return new Place(
                    (String) values[0],
                    (Double) values[1]);
        }
    }
}
