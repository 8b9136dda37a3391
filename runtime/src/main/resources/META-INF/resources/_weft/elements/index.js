// Every element type the client knows: each family module registers its types (registry.js,
// defineElement). To add a type, add it to its family's module, or add a module and one import line
// here (docs/client.md).

import './chart.js';
import './chat.js';
import './code.js';
import './data.js';
import './form.js';
import './layout.js';
import './media.js';
import './overlays.js';
import './pages.js';
import './status.js';
import './table.js';
import './text.js';
