/** The screens after the introduction, and the print document: one chunk, loaded after the first screen. */
import './wed-video-screen.js';
import './wed-statements-screen.js';
import './wed-analysis-screen.js';
import './wed-plan-screen.js';
import './wed-done-screen.js';
import './wed-print-report.js';
