import PDFDocument from "pdfkit";
import { pdfSafeText } from "@/lib/reports/pdf-safe-text";
import { REPORT_ACTIVITY_DAYS, type ReportCourse, type StudentProgressReport } from "@/lib/reports/progress-report-types";

type Doc = PDFKit.PDFDocument;

export type RenderOptions = {
  generatedAt: Date;
  /** Shown in the document's properties, e.g. "Progress report: Physics SL". */
  title?: string;
  /** Off only in tests, to read the page text; on, the file is several times smaller. */
  compress?: boolean;
};

const MARGIN = 50;
const INK = "#0f172a";
const MUTED = "#475569";
const BAR_WIDTH = 90;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const day = (at: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(at);
/** "M25" → "May 2025". */
const sessionName = (session: string) => (/^[MN]\d{2}$/.test(session) ? `${session[0] === "M" ? "May" : "November"} 20${session.slice(1)}` : session);

/**
 * A progress report as a PDF: one section per student, each starting on a new page (a long one runs on),
 * with a bookmark per student so a group report of hundreds of pages can be navigated. Uses the built-in
 * Helvetica only, so no font files ship with the app.
 */
export function renderProgressReportPdf(reports: StudentProgressReport[], options: RenderOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    autoFirstPage: false,
    info: { Title: options.title ?? "IB Revise progress report", Author: "IB Revise", CreationDate: options.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  if (!reports.length) {
    doc.addPage();
    header(doc, options.generatedAt);
    doc.font("Helvetica").fontSize(12).fillColor(INK).text("No students matched this report.");
  }
  for (const report of reports) {
    doc.addPage();
    doc.outline.addItem(report.name);
    studentPage(doc, report, options.generatedAt);
  }
  doc.end();
  return done;
}

function header(doc: Doc, generatedAt: Date) {
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor(MUTED)
    .text(`IB Revise · Progress report · ${day(generatedAt)}`);
  doc.moveDown(1);
}

function studentPage(doc: Doc, report: StudentProgressReport, generatedAt: Date) {
  header(doc, generatedAt);
  doc.font("Helvetica-Bold").fontSize(20).fillColor(INK).text(pdfSafeText(report.name));
  if (report.name !== report.email) doc.font("Helvetica").fontSize(10).fillColor(MUTED).text(pdfSafeText(report.email));
  doc.moveDown(0.8);

  const { activity, flashcards } = report;
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(`Last ${REPORT_ACTIVITY_DAYS} days, all courses`);
  doc.font("Helvetica").fontSize(10);
  const accuracy =
    activity.accuracy === null ? "no marked answers yet" : `accuracy ${percent(activity.accuracy)} (${activity.marksAwarded} of ${activity.maxMarks} marks)`;
  doc.text(`Questions answered: ${activity.answered} · marked: ${activity.marked} · ${accuracy}`);
  doc.text(`Flashcards: ${flashcards.dueToday} due today · ${flashcards.reviewedLast30Days} reviews in the last ${REPORT_ACTIVITY_DAYS} days`);

  if (!report.courses.length) {
    doc.moveDown(1).font("Helvetica").fontSize(10).fillColor(MUTED).text("Not enrolled in any course yet.");
  }
  for (const course of report.courses) courseSection(doc, course);
}

function courseSection(doc: Doc, course: ReportCourse) {
  ensureSpace(doc, 90);
  doc.moveDown(1.2);
  doc.font("Helvetica-Bold").fontSize(13).fillColor(INK).text(pdfSafeText(course.name));
  doc.font("Helvetica").fontSize(10).fillColor(INK);
  const target = course.targetGrade ? ` · target ${course.targetGrade}` : "";
  if (course.prediction) {
    const p = course.prediction;
    const range = p.low === p.high ? "" : ` (likely ${p.low}–${p.high})`;
    const basis = `based on ${p.questions} ${p.questions === 1 ? "question" : "questions"} across ${p.topicsCovered} of ${p.topicsTotal} topics`;
    doc.text(`Predicted grade: ${p.grade}${range} · ${p.percent}% of marks, ${basis}, ${sessionName(p.session)} boundaries${target}`);
  } else {
    const needs =
      course.predictionNeeds > 0
        ? `not enough evidence yet: ${course.predictionNeeds} more different ${course.predictionNeeds === 1 ? "question" : "questions"} needed`
        : "no grade boundaries for this course";
    doc.text(`Predicted grade: not yet (${needs})${target}`);
  }
  doc.moveDown(0.5);
  topicTable(doc, course);
  if (course.weakTopics.length) {
    ensureSpace(doc, 30);
    doc.moveDown(0.4);
    doc.font("Helvetica-Bold").fontSize(10).fillColor(INK).text("Topics to work on: ", { continued: true });
    doc.font("Helvetica").text(pdfSafeText(course.weakTopics.map((t) => `${t.code} ${t.title} (${percent(t.mastery)})`).join("; ")));
  }
}

function topicTable(doc: Doc, course: ReportCourse) {
  // x and width of each column; A4 is 595 points wide, 495 between the margins.
  const cols = {
    topic: [MARGIN, 240],
    bar: [MARGIN + 245, BAR_WIDTH],
    share: [MARGIN + 250 + BAR_WIDTH, 35],
    practised: [MARGIN + 390, 60],
    answers: [MARGIN + 450, 45],
  } as const;
  const cell = (text: string, [x, width]: readonly [number, number], y: number) => doc.text(text, x, y, { width, height: 11, ellipsis: true });

  ensureSpace(doc, 30);
  let y = doc.y;
  doc.font("Helvetica-Bold").fontSize(9).fillColor(INK);
  cell("Topic", cols.topic, y);
  cell("Mastery", cols.bar, y);
  cell("Practised", cols.practised, y);
  cell("Answers", cols.answers, y);
  y += 14;
  for (const topic of course.topics) {
    if (y > doc.page.height - MARGIN - 16) {
      doc.addPage();
      y = doc.y;
    }
    const [barX] = cols.bar;
    doc
      .rect(barX, y + 1, BAR_WIDTH, 8)
      .fillColor("#e2e8f0")
      .fill();
    if (topic.mastery !== null) {
      doc
        .rect(barX, y + 1, Math.max(1, BAR_WIDTH * topic.mastery), 8)
        .fillColor(topic.mastery >= 0.75 ? "#047857" : topic.mastery >= 0.5 ? "#b45309" : "#b91c1c")
        .fill();
    }
    doc.font("Helvetica").fontSize(9).fillColor(INK);
    cell(pdfSafeText(`${topic.code}  ${topic.title}`), cols.topic, y);
    cell(topic.mastery === null ? "–" : percent(topic.mastery), cols.share, y);
    cell(`${topic.practised} of ${topic.cells}`, cols.practised, y);
    cell(String(topic.attempts), cols.answers, y);
    y += 14;
  }
  doc.x = MARGIN;
  doc.y = y;
}

/** Starts a new page when less than `height` points are left, so a heading never ends a page. */
function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}
