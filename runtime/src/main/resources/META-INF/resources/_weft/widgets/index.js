// Every widget kind the client knows: each module registers its kinds (registry.js, defineWidget).
// To add a kind, add its module and one import line here (docs/client.md).

import './button.js';
import './choice.js';
import './field.js';
import './slider.js';
// issue 5: more widgets, uploads and forms
import './choices.js';
import './color.js';
import './datetime.js';
import './form.js';
import './range.js';
import './textarea.js';
import './upload.js';
