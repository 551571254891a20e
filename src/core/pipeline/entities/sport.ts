// Whether a paragraph reads like a sports report: there a town or a county is as often its team
// ("Leicestershire beat Somerset by an innings", "Portsmouth 2 Stoke 1"), and the name model,
// which learnt from Reuters' sports pages, reads such names as organizations everywhere.

/** Words of sport that other writing rarely uses. */
const SPORT_WORDS = /\b(?:beat|beats|beaten|defeated|defeat|draw|drew|drawn|matches|match|game|games|league|cup|club|clubs|season|innings|wickets?|goals?|scored|points|team|teams|coach|striker|midfielder|goalkeeper|defender|champions?|championship|tournament|played|players?|finals?|semi-finals?|standings|division|stadium|fans|victory|skipper|squad|transfer|football|soccer|cricket|rugby|baseball|basketball|hockey|tennis|seeded|half-?time|won|wins|debut|batsman|bowler|all-rounder|innings|homered|pitcher|inning|v|vs|versus)\b/i;

/** A score ("2-1", "429-7"). */
const SCORE = /\b\d+-\d+\b/;
/** A small number standing alone: a score or a table's figure ("New York 6 CALIFORNIA 2"), but not a year. */
const SMALL_NUMBER = /(?<![\d.,])\b\d{1,3}\b(?![\d.,%])/g;

export function readsLikeSport(paragraph: string): boolean {
  return SPORT_WORDS.test(paragraph) || SCORE.test(paragraph) || (paragraph.match(SMALL_NUMBER)?.length ?? 0) >= 2;
}
