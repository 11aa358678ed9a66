/** The one script of an embed page: the quiz widget, its copy buttons, and the messages to the host page. */
import '../elements/code-copy.ts';
import '../elements/quiz-widget.ts';
import '../elements/embed-frame.ts';
