{{packageLine}}import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.List;

/** A Weft app: each {@code @Fragment} is a section of the page, each runs on its own. */
@App(title = "{{title}}", path = "/")
public class {{className}} {

    /** What the reader picked; the sections that take it rerun when it changes. */
    record Settings(int points) {}

    @Fragment
    Settings settings(Ui ui) {
        ui.title("{{title}}");
        ui.markdown("Move the slider: only the sections that take its value run again.");
        return new Settings(ui.slider("Points", 5, 50, 20));
    }

    @Fragment(parallel = true)
    void squares(Ui ui, Settings settings) {
        List<Integer> squares = new ArrayList<>();
        for (int i = 0; i < settings.points(); i++) {
            squares.add(i * i);
        }
        ui.header("Squares");
        ui.lineChart(squares);
        ui.metric("Largest square", String.valueOf(squares.get(squares.size() - 1)));
    }
}
