// Reads a run's Cucumber messages (Reports/cucumber.ndjson) and prints one JSON line for benchmarks/suite/run:
// scenarios by status, the span from the first scenario's start to the last one's end, the most scenarios running at once,
// and the absence checks ("receives no (further) notification" steps): how many, their summed time, and how many other
// scenarios were running, on average, while each one waited (0 would mean absence checks serialise the run).
// Usage: node summarise.js Reports/cucumber.ndjson
'use strict';
const fs = require('fs');

const file = process.argv[2];
const ms = t => t.seconds * 1000 + t.nanos / 1e6;
const pickleSteps = new Map();
const testSteps = new Map();
const started = new Map();
const cases = [];
const absence = [];
const stepStart = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const m = JSON.parse(line);
    if (m.pickle) for (const s of m.pickle.steps) pickleSteps.set(s.id, s.text);
    else if (m.testCase) for (const s of m.testCase.testSteps) testSteps.set(s.id, s.pickleStepId ? pickleSteps.get(s.pickleStepId) : undefined);
    else if (m.testCaseStarted) started.set(m.testCaseStarted.id, { start: ms(m.testCaseStarted.timestamp), status: 'UNKNOWN' });
    else if (m.testStepStarted) stepStart.set(m.testStepStarted.testCaseStartedId + '/' + m.testStepStarted.testStepId, ms(m.testStepStarted.timestamp));
    else if (m.testStepFinished) {
        const f = m.testStepFinished;
        const c = started.get(f.testCaseStartedId);
        const status = f.testStepResult.status;
        if (c && status !== 'PASSED' && c.status !== 'FAILED') c.status = status;
        const text = testSteps.get(f.testStepId);
        if (text && /receives no (further )?notification for/.test(text)) {
            absence.push({ caseId: f.testCaseStartedId, start: stepStart.get(f.testCaseStartedId + '/' + f.testStepId), end: ms(f.timestamp) });
        }
    } else if (m.testCaseFinished) {
        const c = started.get(m.testCaseFinished.testCaseStartedId);
        if (c) {
            c.end = ms(m.testCaseFinished.timestamp);
            c.id = m.testCaseFinished.testCaseStartedId;
            if (c.status === 'UNKNOWN') c.status = 'PASSED';
            cases.push(c);
        }
    }
}
if (cases.length === 0) {
    console.error(`${file}: no finished scenario`);
    process.exit(1);
}
const byStatus = {};
for (const c of cases) byStatus[c.status] = (byStatus[c.status] || 0) + 1;
const first = Math.min(...cases.map(c => c.start));
const last = Math.max(...cases.map(c => c.end));
// Most scenarios running at once: sweep over start (+1) and end (-1) events.
const edges = cases.flatMap(c => [[c.start, 1], [c.end, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
let running = 0, most = 0;
for (const [, d] of edges) { running += d; most = Math.max(most, running); }
// While each absence check waited: how many other scenarios were running, averaged over its duration.
const others = absence.map(a => {
    const span = Math.max(a.end - a.start, 1e-3);
    const overlap = cases.filter(c => c.id !== a.caseId).reduce((sum, c) => sum + Math.max(0, Math.min(c.end, a.end) - Math.max(c.start, a.start)), 0);
    return overlap / span;
});
console.log(JSON.stringify({
    scenarios: cases.length, byStatus,
    spanSeconds: +((last - first) / 1000).toFixed(2),
    mostAtOnce: most,
    absenceChecks: absence.length,
    absenceSeconds: +(absence.reduce((s, a) => s + a.end - a.start, 0) / 1000).toFixed(2),
    othersRunningDuringAbsence: absence.length ? +(others.reduce((s, x) => s + x, 0) / others.length).toFixed(2) : null,
}));
