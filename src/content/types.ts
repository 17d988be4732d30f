/**
 * Shape of the files in content/. The JSON Schemas in content/schema/ check
 * the same shape at build and test time; these types let the compiler check
 * the code that reads it.
 */
import type dutchUi from '../../content/nl/ui.json';
import type dutchLaterUi from '../../content/nl/ui-assessment.json';

export const PILLAR_IDS = ['begrijpen', 'willen', 'kunnen'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const ANSWER_IDS = ['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'] as const;
export type AnswerId = (typeof ANSWER_IDS)[number];

export type StatementId = `${PillarId}_${1 | 2 | 3 | 4}`;

/** The languages the package is offered in: a folder content/<language>/ each. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A link inside running text. */
export interface LinkSegment {
  text: string;
  href: string;
  /** The language of the linked page when it is not Dutch, e.g. 'en'; without it the source is Dutch. */
  hreflang?: string;
  /** The language of the link text when it differs from the text around it, e.g. a Dutch title in English text. */
  lang?: string;
}

/** Running text: plain strings and links, rendered in order. Never HTML. */
export type RichText = ReadonlyArray<string | LinkSegment>;

/** A bullet, optionally with sub-bullets. */
export interface ListItem {
  text: RichText;
  items?: ReadonlyArray<RichText>;
}

export interface Quote {
  text: string;
  attribution: string;
  source: string;
}

export interface Statement {
  id: StatementId;
  text: string;
  /** Footnote shown under the statement group, marked with an asterisk. */
  footnote?: string;
}

export interface Pillar {
  id: PillarId;
  /** 1, 2, 3 as in "pijler 1". */
  number: number;
  /** Short name, e.g. "Begrijpen". */
  name: string;
  /** The pillar's question, e.g. "Begrijp ik jou en jouw situatie?" */
  question: string;
  statementsHeading: string;
  statements: ReadonlyArray<Statement>;
  /** Heading of the continuation page in the seed, e.g. "Vervolg stap 3 voor pijler 2". */
  analysisHeading?: string;
  recommendationsHeading: string;
  recommendationsIntro: ReadonlyArray<string>;
  recommendations: ReadonlyArray<ListItem>;
  tipsHeading: string;
  tips: ReadonlyArray<ListItem>;
}

export interface ScaleOption {
  id: AnswerId;
  value: 1 | 2 | 3 | 4;
  label: string;
}

export interface StepIntro {
  /** "Stap 1" */
  label: string;
  heading: string;
  paragraphs: ReadonlyArray<string>;
}

export interface PlanQuestion {
  id: 'q1' | 'q2' | 'q3' | 'q4';
  /** "Vraag 1:" */
  label: string;
  question: string;
  help: ReadonlyArray<string>;
}

export interface AssessmentContent {
  title: string;
  intro: {
    heading: string;
    paragraphs: ReadonlyArray<string>;
    stepsHeading: string;
    steps: ReadonlyArray<{ label: string; text: string }>;
    quote: Quote;
    /** Who published the self-assessment and the research report. */
    source: RichText;
  };
  video: StepIntro & {
    clickPrompt: string;
    readingTip: RichText;
  };
  statements: StepIntro & {
    quote: Quote;
  };
  scale: ReadonlyArray<ScaleOption>;
  pillars: ReadonlyArray<Pillar>;
  analysis: StepIntro & {
    /** The seed's prompt when (nearly) all answers agree. */
    allAgreePrompt: string;
  };
  plan: StepIntro & {
    subheading: string;
    questions: ReadonlyArray<PlanQuestion>;
  };
}

/** What content/<lang>/intro.json holds. */
export type IntroContent = Pick<AssessmentContent, 'title' | 'intro'>;

/** What content/<lang>/assessment.json holds: the texts after the introduction. */
export type LaterContent = Omit<AssessmentContent, keyof IntroContent>;

/** What content/<lang>/ui.json holds: the interface strings of the first screen and the app's frame (every language has the same keys). */
export type LaunchUiStrings = typeof dutchUi;

/** What content/<lang>/ui-assessment.json holds: the interface strings of the steps after the introduction. */
export type LaterUiStrings = typeof dutchLaterUi;

export type UiStrings = LaunchUiStrings & LaterUiStrings;

/** What the first screen and the app's frame need in one language: a module packs/<language>-launch.ts. */
export interface LaunchPack {
  language: Language;
  intro: IntroContent;
  ui: LaunchUiStrings;
}

/** What the steps after the introduction need in one language: a module packs/<language>-later.ts. */
export interface LaterPack {
  assessment: LaterContent;
  ui: LaterUiStrings;
}

export interface PackageConfig {
  /** Stable identifier of the package, used in manifests and activity ids. */
  identifier: string;
  /** IRI that xAPI activity ids are built on. */
  activityIri: string;
  title: string;
  version: string;
  /** The language the package starts in when neither the learner nor the launch chooses one (src/content/languages.ts). */
  defaultLanguage: Language;
  /** Days the browser copy of an LMS or LRS attempt is kept after its last change, unless a later launch finds it in the LMS sooner. */
  browserCopyDays: number;
  /** How the language switch offers each language: its name and what switching does, both in that language. */
  languages: Record<Language, { name: string; switchTo: string }>;
  video: {
    /** The public watch URL, used as the plain-link fallback. */
    watchUrl: string;
    /** The privacy-friendly embed URL (youtube-nocookie). */
    embedUrl: string;
  };
}
