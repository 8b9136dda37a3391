/**
 * Widget specs and the server-side checks of every value a browser sends: one class per family
 * ({@code NumberWidgets}, {@code ChoiceWidgets}, {@code ToggleWidgets}, {@code TextWidgets},
 * {@code PickerWidgets}, {@code ButtonWidgets}, {@code FormWidgets}, {@code UploadWidgets}), each
 * matching the client module {@code widgets/<family>.js}. Internal; it uses {@code wire} and
 * {@code uploads}, never a canvas or a session.
 */
package dev.weft.runtime.widgets;
