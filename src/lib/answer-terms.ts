import { stemmer } from "stemmer";

/**
 * Words of a spoken or typed answer reduced to comparable terms, for matching against key points
 * offline: lower case, stop-words dropped, English words stemmed (Porter), acronyms and product
 * names kept whole (IAM, VPC, S3, EC2), numbers as digits ("three" = "3", "5x" = "5"), and common
 * expansions folded into their acronym ("multi-factor authentication" = "mfa"), so that a person
 * who says the long form covers a key point written with the short one, and the reverse.
 */

/** One term found in a text, with where its words sit (for highlighting the evidence). */
export interface AnswerTerm {
  /** The comparable form: a stem, an acronym in lower case, or a number as digits. */
  term: string;
  /** Offsets into the original text, `end` exclusive; for a folded phrase, its whole span. */
  start: number;
  end: number;
  /** Acronyms, product-like names and numbers say more than an ordinary word. */
  weight: 1 | 2;
}

/**
 * Words that carry no topic: English function words plus the verbs a rubric starts with
 * ("Use …", "Implement …", "Enable …"), which a person answering aloud rarely repeats, and "AWS",
 * which every answer in a cloud deck would match.
 */
const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each either etc few for from further had has " +
    "have having he her here hers him his how i i'd i'll i'm i've if in into is it it's its itself just let let's " +
    "like me might more most must my no nor not now of off on once one only or other our ours out over own " +
    "per really same say she should so some such than that the their them then there these they thing things " +
    "this those through to too under until up us very via was we we'd we'll we're were what when where which " +
    "while who whom why will with would you your yours " +
    // rubric verbs and fillers
    "use used using uses make makes making implement implementing implemented enable enabling enabled set " +
    "setting get getting go going want need needed needs ensure do done put keep kept think know okay ok yeah " +
    "basically actually probably maybe well so um uh aws amazon"
  ).split(" "),
);

const NUMBER_WORDS: Record<string, string> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8",
  nine: "9", ten: "10", eleven: "11", twelve: "12", twenty: "20", hundred: "100", thousand: "1000",
  twice: "2", double: "2", triple: "3",
};

/**
 * Long forms that an acronym stands for, as stems in order. A run of these stems in a text counts
 * as the acronym. Both sides go through the same table, so "Availability Zones" in a key point and
 * "AZs" in an answer meet on "az".
 */
const EXPANSIONS: Record<string, string> = {
  "multi factor authent": "mfa",
  "two factor authent": "mfa",
  "2 factor authent": "mfa",
  "ident access manag": "iam",
  "ident and access manag": "iam",
  "virtual privat cloud": "vpc",
  "avail zone": "az",
  "content deliveri network": "cdn",
  "content distribut network": "cdn",
  "disast recoveri": "dr",
  "infrastructur as code": "iac",
  "recoveri time object": "rto",
  "recoveri point object": "rpo",
  "kei manag servic": "kms",
  "simpl storag servic": "s3",
  "simpl notif servic": "sns",
  "simpl queue servic": "sqs",
  "elast comput cloud": "ec2",
  "elast block store": "ebs",
  "elast file system": "efs",
  "elast contain servic": "ecs",
  "elast kubernet servic": "eks",
  "servic control polici": "scp",
  "secur group": "sg",
  "network address translat": "nat",
  "applic load balanc": "alb",
  "load balanc": "lb",
  "continu integr": "ci",
  "continu deliveri": "cd",
  "continu deploy": "cd",
  "secur inform and event manag": "siem",
  "access control list": "acl",
  "auto scale": "autosc",
};

/** Expansion stems split into words, longest first, so a longer phrase wins over its prefix. */
const EXPANSION_LIST = Object.entries(EXPANSIONS)
  .map(([phrase, acronym]) => ({ stems: phrase.split(" "), acronym }))
  .sort((a, b) => b.stems.length - a.stems.length);

/**
 * Words that people use for one another when they answer aloud, folded onto one stem. Kept short
 * and specific to how interview answers are spoken: a wide thesaurus would tick points nobody made.
 */
const SYNONYMS: Record<string, string> = {
  cheap: "cost", cheaper: "cost", spend: "cost", spending: "cost", bill: "cost", billing: "cost", price: "cost",
  pricing: "cost", money: "cost", save: "cost", saving: "cost", savings: "cost",
  watch: "monitor", observ: "monitor", observability: "monitor", track: "monitor", tracking: "monitor",
  alert: "alarm", alerts: "alarm", alerting: "alarm", notify: "notif", notification: "notif",
  encrypt: "encrypt", encrypted: "encrypt", encryption: "encrypt",
  replica: "replic", replicas: "replic", replicate: "replic", replication: "replic",
  rollback: "rollback", revert: "rollback",
  db: "databas", dbs: "databas",
  app: "applic", apps: "applic",
  privilege: "privileg", privileges: "privileg", permission: "privileg", permissions: "privileg",
  cred: "credenti", creds: "credenti", password: "password", passwords: "password",
  region: "region", regions: "region", regional: "region",
  highly: "high",
  bigger: "larg", big: "larg", huge: "larg", large: "larg",
};

/** A word token: letters or digits, with inner apostrophes, dots or hyphens ("don't", "x-ray", "1.5"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** "IAM", "S3", "EC2", "SCPs", "AZs": a word that is an acronym or product code, kept whole. */
function acronymOf(word: string): string | null {
  const plural = /^([A-Z][A-Z0-9]+)s$/.exec(word);
  if (plural?.[1] && /[A-Z].*[A-Z0-9]/.test(plural[1])) return plural[1].toLowerCase();
  if (/^[A-Z][A-Z0-9]+$/.test(word) || /^[A-Za-z]+\d+[a-z]?$/.test(word)) return word.toLowerCase();
  return null;
}

interface RawTerm extends AnswerTerm {
  /** False for stop-words: they break no phrase but never count as terms. */
  content: boolean;
}

function termsOfWord(word: string, start: number): RawTerm[] {
  const end = start + word.length;
  // "x-ray", "blue/green" (split by the regex already), "multi-factor": a hyphenated word counts
  // as its parts, and also whole ("xray"), so "X-Ray" matches "xray" and "x ray".
  if (word.includes("-")) {
    const parts: RawTerm[] = [];
    let offset = start;
    for (const part of word.split("-")) {
      parts.push(...termsOfWord(part, offset));
      offset += part.length + 1;
    }
    return parts;
  }
  const acronym = acronymOf(word);
  if (acronym !== null) return [{ term: acronym, start, end, weight: 2, content: true }];
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (/^\d+(?:\.\d+)?(?:x|%|tb|gb|ms|s)?$/.test(lower)) {
    return [{ term: lower.replace(/[a-z%]+$/, ""), start, end, weight: 2, content: true }];
  }
  const number = NUMBER_WORDS[lower];
  if (number !== undefined) return [{ term: number, start, end, weight: 2, content: true }];
  if (STOP_WORDS.has(lower)) return [{ term: lower, start, end, weight: 1, content: false }];
  const stem = stemmer(lower.replace(/'s$/, ""));
  const term = SYNONYMS[lower] ?? SYNONYMS[stem] ?? stem;
  // A capitalised word inside a sentence is usually a product name (Glacier, Fargate, Terraform).
  const weight = /^[A-Z][a-z]/.test(word) && start > 0 ? 2 : 1;
  return [{ term, start, end, weight, content: term.length > 1 }];
}

/** Folds runs of stems that spell an expansion into the acronym's term, spanning the phrase. */
function foldExpansions(terms: RawTerm[]): RawTerm[] {
  const out: RawTerm[] = [];
  for (let i = 0; i < terms.length; ) {
    const found = EXPANSION_LIST.find(({ stems }) => stems.every((stem, k) => terms[i + k]?.term === stem));
    const first = terms[i] as RawTerm;
    if (found) {
      const last = terms[i + found.stems.length - 1] as RawTerm;
      out.push({ term: found.acronym, start: first.start, end: last.end, weight: 2, content: true });
      i += found.stems.length;
    } else {
      out.push(first);
      i += 1;
    }
  }
  return out;
}

/** The content terms of `text`, in order, with their positions. */
export function answerTerms(text: string): AnswerTerm[] {
  const raw: RawTerm[] = [];
  for (const match of text.matchAll(WORD)) raw.push(...termsOfWord(match[0], match.index));
  return foldExpansions(raw)
    .filter((t) => t.content)
    .map(({ term, start, end, weight }) => ({ term, start, end, weight }));
}
