// Every widget kind the client knows, one module per family, named as the server's families
// (NumberWidgets → numbers.js, …): each registers its kinds (registry.js, defineWidget). To add a
// kind, register it in its family's module; a new family is a new module and one import line here
// (docs/client.md).

import './numbers.js';
import './choices.js';
import './segments.js';
import './toggles.js';
import './text.js';
import './pickers.js';
import './buttons.js';
import './forms.js';
import './uploads.js';
import './charts.js';
import './components.js';
import './streamlit.js';
