package dev.weft.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports errors (and warnings) to javac and counts the errors, so a phase can tell whether an element came out clean. */
final class Reporter {

    private final Messager messager;
    private int errors;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports {@code message} on {@code element}. */
    void error(String message, Element element) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /** Reports {@code message} on one annotation of {@code element}. */
    void error(String message, Element element, AnnotationMirror annotation) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
    }

    /** Reports {@code message} on one attribute value of one annotation of {@code element}. */
    void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }

    /** Reports {@code message} on {@code element} as a warning: the compilation goes on and succeeds. */
    void warning(String message, Element element) {
        messager.printMessage(Diagnostic.Kind.WARNING, message, element);
    }

    /** How many errors this reporter has reported so far. */
    int errorCount() {
        return errors;
    }
}
