#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>

#include "articlereader.h"
#include "bundledcorpus.h"
#include "dates.h"
#include "entities.h"
#include "eventwords.h"
#include "extractionscore.h"
#include "extractor.h"
#include "gazetteer.h"
#include "knowledgegraph.h"
#include "quotes.h"
#include "testsupport.h"
#include "text.h"

using namespace threadline;
using namespace threadline::extract;

// The extractor, held to hand-made graphs: the bundled corpus's curation,
// and articles written for these tests in other styles, places and names.
class TestExtract : public QObject
{
    Q_OBJECT

    static QString report(const QString &what, const scoring::Scores &s)
    {
        return QStringLiteral("%1: people P %2 R %3 | quotes P %4 R %5 | speakers %6 (%7/%8) | events P %9 R %10 F1 %11"
                              " | their participants P %12 R %13"
                              " | misses by nearest found: type %14, date %15, participants %16, type and date %17,"
                              " nothing %18; extras near a miss %19, alone %20")
            .arg(what)
            .arg(s.people.precision(), 0, 'f', 2)
            .arg(s.people.recall(), 0, 'f', 2)
            .arg(s.quotes.precision(), 0, 'f', 2)
            .arg(s.quotes.recall(), 0, 'f', 2)
            .arg(s.speakers.recall(), 0, 'f', 2)
            .arg(s.speakers.matched)
            .arg(s.speakers.expected)
            .arg(s.events.precision(), 0, 'f', 2)
            .arg(s.events.recall(), 0, 'f', 2)
            .arg(s.events.f1(), 0, 'f', 2)
            .arg(s.participants.precision(), 0, 'f', 2)
            .arg(s.participants.recall(), 0, 'f', 2)
            .arg(s.misses.type)
            .arg(s.misses.date)
            .arg(s.misses.participants)
            .arg(s.misses.typeAndDate)
            .arg(s.misses.nothing)
            .arg(s.misses.extraNear)
            .arg(s.misses.extraAlone);
    }

    // The least each figure of a group of articles may be (the test's
    // thresholds, set just under what was reached).
    struct Floors
    {
        double quotesP, quotesR, speakers, peopleP, peopleR, eventsF1, participantsP;
    };
    // The figures of `s` below their floors, named; empty when none is.
    static QString belowFloors(const scoring::Scores &s, const Floors &floor)
    {
        QStringList below;
        const auto check = [&](const char *name, double value, double least) {
            if (value < least)
                below << QStringLiteral("%1 %2 < %3").arg(QLatin1String(name)).arg(value, 0, 'f', 2).arg(least);
        };
        check("quotes P", s.quotes.precision(), floor.quotesP);
        check("quotes R", s.quotes.recall(), floor.quotesR);
        check("speakers", s.speakers.recall(), floor.speakers);
        check("people P", s.people.precision(), floor.peopleP);
        check("people R", s.people.recall(), floor.peopleR);
        check("events F1", s.events.f1(), floor.eventsF1);
        check("participants P", s.participants.precision(), floor.participantsP);
        return below.join(QStringLiteral(", "));
    }
    static void holdsFloors(const QString &what, const scoring::Scores &s, const Floors &floor)
    {
        const QString below = belowFloors(s, floor);
        QVERIFY2(below.isEmpty(), qPrintable(report(what, s) + QStringLiteral(" — below: ") + below));
    }

    // An article written for these tests, with its expected graph.
    struct WrittenArticle
    {
        QString name; // of the expected file: "16-central-asia-water-swap.expected.json"
        bool ok = false;
        Document document;
        scoring::Expected expected;
    };

    // Every one of tests/data/extraction, in name order.
    static QList<WrittenArticle> writtenArticles()
    {
        const QDir dir(test::sourceDir() + QStringLiteral("/tests/data/extraction"));
        QList<WrittenArticle> all;
        for (const QString &name : dir.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            WrittenArticle each{name, file.open(QIODevice::ReadOnly), {}, {}};
            const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
            const articles::ArticleResult article =
                articles::readArticle(dir.filePath(expected.value(QStringLiteral("article")).toString()));
            each.ok = each.ok && article.ok;
            each.document = article.document;
            each.expected = scoring::expectedFromJson(expected);
            all.append(each);
        }
        return all;
    }

    // The quotation holding `words`, as the extractor says (null if none).
    static const Statement *quotationOf(const Extraction &x, const QString &text, const QString &words)
    {
        for (const Statement &s : x.statements) {
            if (s.direct && text.mid(s.text.start, s.text.end - s.text.start).contains(words))
                return &s;
        }
        return nullptr;
    }

    // The labels of these entities, sorted, joined by ", ".
    static QString namesOf(const Extraction &x, const QList<int> &entities)
    {
        QStringList names;
        for (int e : entities)
            names.append(x.entities[e].label);
        names.sort();
        return names.join(QStringLiteral(", "));
    }

    // The people the extractor found, sorted, joined by ", ".
    static QString peopleOf(const Extraction &x)
    {
        QStringList names;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                names.append(e.label);
        }
        names.sort();
        return names.join(QStringLiteral(", "));
    }

    // The speaker of the quotation holding `words`, as the extractor says.
    static QString speakerOf(const Extraction &x, const QString &text, const QString &words)
    {
        const Statement *s = quotationOf(x, text, words);
        if (!s)
            return QStringLiteral("(not a statement)");
        return s->speaker >= 0 ? x.entities[s->speaker].label : QStringLiteral("(nobody)");
    }

    // The speaker of the quotation holding `words` in `text` of `date`.
    static QString speakerIn(const QString &text, QDate date, const QString &words)
    {
        return speakerOf(extractArticle(text, date), text, words);
    }

    // The events of one type, in the order found.
    static QList<Event> eventsOf(const Extraction &x, const QString &type)
    {
        QList<Event> found;
        for (const Event &e : x.events) {
            if (e.type == type)
                found.append(e);
        }
        return found;
    }

    // Every event, "type date label", one after another: what a failed
    // check about events prints.
    static QByteArray eventsSaid(const Extraction &x)
    {
        QStringList found;
        for (const Event &e : x.events)
            found.append(e.type + QLatin1Char(' ') + e.date + QLatin1Char(' ') + e.label);
        return found.join(QStringLiteral("; ")).toUtf8();
    }

    // Whether every statement's words lie in the text and inside its
    // evidence.
    static bool spansHold(const Extraction &x, const QString &text)
    {
        return std::all_of(x.statements.cbegin(), x.statements.cend(), [&](const Statement &s) {
            return s.text.start >= 0 && s.text.end <= text.size() && s.text.start < s.text.end
                   && s.evidence.start <= s.text.start && s.evidence.end >= s.text.end;
        });
    }

private Q_SLOTS:
    // The quick scan for quotation marks (eight characters at a time) finds
    // exactly what a look at each character finds, wherever the range
    // starts and ends.
    void possibleMarksFoundAsByEachCharacter()
    {
        const QString alphabet = QStringLiteral("ab Z.,\n'\"\u00aa\u00ab\u00e9\u2018\u2019\u201c\u201d\U0001F600");
        QRandomGenerator random(11);
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int size = int(random.bounded(60));
            for (int i = 0; i < size; ++i)
                text.append(alphabet.at(random.bounded(int(alphabet.size()))));
            const qsizetype from = size ? random.bounded(size + 1) : 0;
            const qsizetype to = from + random.bounded(int(size - from) + 1);
            qsizetype expected = from;
            while (expected < to && text.at(expected) != u'"' && text.at(expected) != u'\'' &&
                   text.at(expected).unicode() < 0xab)
                ++expected;
            QCOMPARE(detail::nextPossibleMark(text, from, to), expected);
        }
    }

    // The same for the scan for where a line or a sentence may end.
    void possibleEndsFoundAsByEachCharacter()
    {
        const QString alphabet = QStringLiteral("ab Z.,\n!?'\u00e9\u2026\U0001F600");
        QRandomGenerator random(37);
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int size = int(random.bounded(60));
            const int spread = 1 + int(random.bounded(8)); // fewer ends in some texts
            for (int i = 0; i < size; ++i)
                text.append(random.bounded(spread) ? QChar(u'a')
                                                   : alphabet.at(random.bounded(int(alphabet.size()))));
            const qsizetype from = size ? random.bounded(size + 1) : 0;
            const qsizetype to = from + random.bounded(int(size - from) + 1);
            qsizetype expected = from;
            while (expected < to && !QStringView(u"\n.!?").contains(text.at(expected)))
                ++expected;
            QCOMPARE(detail::nextPossibleEnd(text, from, to), expected);
        }
    }

    // containsWord finds a word wherever QStringView::contains does, looked
    // for at its rarest character.
    void containsWordAsContains()
    {
        const QString alphabet = QStringLiteral("eeevyd oftwT.\u00e9");
        QRandomGenerator random(3);
        for (int round = 0; round < 20000; ++round) {
            QString text, word;
            const int size = int(random.bounded(40));
            for (int i = 0; i < size; ++i)
                text.append(alphabet.at(random.bounded(int(alphabet.size()))));
            const int length = 1 + int(random.bounded(4));
            for (int i = 0; i < length; ++i)
                word.append(alphabet.at(random.bounded(int(alphabet.size()))));
            QCOMPARE(detail::containsWord(text, word), QStringView(text).contains(word));
        }
        QVERIFY(detail::containsWord(u"on the eve of talks", u"eve of"));
        QVERIFY(!detail::containsWord(u"every offer", u"eve of"));
    }

    // sameCharacters (the word tables' and the shared-word cache's
    // comparison, by overlapping loads up to eight characters) says what
    // memcmp says, a difference at any place of words of 0 to 20.
    void sameCharactersAsMemcmp()
    {
        QRandomGenerator random(31);
        for (int round = 0; round < 20000; ++round) {
            const int n = int(random.bounded(21));
            std::array<char16_t, 24> a{}, b{};
            for (int i = 0; i < n; ++i)
                a[size_t(i)] = b[size_t(i)] = char16_t(u'a' + random.bounded(3));
            if (n > 0 && random.bounded(2))
                b[size_t(random.bounded(n))] ^= char16_t(1u << random.bounded(16));
            QCOMPARE(sameCharacters(a.data(), b.data(), size_t(n)),
                     std::memcmp(a.data(), b.data(), size_t(n) * sizeof(char16_t)) == 0);
        }
    }

    // The quick test before the transcript label's expression never turns
    // away a line the expression matches.
    void transcriptLabelTestedFirstByItsLetters()
    {
        const QString alphabet = QStringLiteral(" \t*_ABZab:'\u2019-\u00c9");
        QRandomGenerator random(5);
        int matched = 0;
        for (int round = 0; round < 50000; ++round) {
            QString line;
            const int size = int(random.bounded(16));
            for (int i = 0; i < size; ++i)
                line.append(alphabet.at(random.bounded(int(alphabet.size()))));
            if (detail::transcriptLabel().match(line).hasMatch()) {
                ++matched;
                QVERIFY2(detail::mayOpenWithTranscriptLabel(line), qPrintable(line));
            }
        }
        QVERIFY(matched > 100);
        for (const char *line : {"KALNINA: We", " **QA:** Why", "_O'BRIEN_: Yes", "MARY-ANNE SMITH: No", "Kalnina: We",
                                 "A: Closer", "RAMON VILLANUEVA, DEFENSE SECRETARY (SOUNDBITE): This"})
            QVERIFY(detail::mayOpenWithTranscriptLabel(QString::fromLatin1(line)));
        for (const char *line : {"Q: Why", "The talks", "kalnina: we", "\"Kalnina: We\"", "Why? Because: no",
                                 "Kalnina said. then: no"})
            QVERIFY(!detail::mayOpenWithTranscriptLabel(QString::fromLatin1(line)));
    }

    // The scans for a readout named after a quotation and for the first
    // person in it find what their expressions find, over views into a
    // Text (where the scans are used), within the 80 characters and past.
    void readoutAndFirstPersonScansAsTheirExpressions()
    {
        const QStringList pieces = {QStringLiteral("readout"), QStringLiteral("statement"), QStringLiteral("communiqu\u00e9"),
                                    QStringLiteral("communiqu"), QStringLiteral("Statement"), QStringLiteral("s"),
                                    QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("."), QStringLiteral("\u201c"),
                                    QStringLiteral("\u201d"), QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("x"),
                                    QStringLiteral("_"), QStringLiteral("\u00e9"), QStringLiteral("7"), QStringLiteral("I"),
                                    QStringLiteral("we"), QStringLiteral("We"), QStringLiteral("WE"), QStringLiteral("us"),
                                    QStringLiteral("Us"), QStringLiteral("my"), QStringLiteral("our"), QStringLiteral("Our"),
                                    QStringLiteral("\n"), QStringLiteral("-"), QStringLiteral("abcdefghijklmnop"),
                                    QStringLiteral("the ministry said in a "), QStringLiteral("\U0001F600")};
        QRandomGenerator random(17);
        int readouts = 0, firstPersons = 0;
        for (int round = 0; round < 30000; ++round) {
            QString line;
            const int size = int(random.bounded(30));
            for (int i = 0; i < size; ++i)
                line.append(pieces.at(random.bounded(int(pieces.size()))));
            const detail::Text text(line);
            const qsizetype from = text.t.isEmpty() ? 0 : random.bounded(int(text.t.size()));
            const QStringView after = QStringView(text.t).mid(from, 100);
            const bool readout = detail::readoutAfterExpression().match(after.toString()).hasMatch();
            readouts += readout;
            QVERIFY2(detail::readoutNamedAfter(after) == readout, qPrintable(after.toString()));
            const QStringView quotation = QStringView(text.t).sliced(from);
            const bool firstPerson = detail::firstPersonExpression().match(quotation.toString()).hasMatch();
            firstPersons += firstPerson;
            QVERIFY2(detail::saysFirstPerson(quotation) == firstPerson, qPrintable(quotation.toString()));
        }
        QVERIFY(readouts > 1000 && firstPersons > 1000);
    }

    // A trigger matched by hand (or by the expression where the hand
    // cannot) ends where the expression's match ends, of the same type,
    // wherever it is tried; and the expression is the one of the trigger words.
    void triggerMatchedAsByTheWholeExpression()
    {
        QStringList groups;
        for (int row = 0; row < detail::triggerTypes; ++row)
            groups.append(QStringLiteral("(%1)").arg(QString::fromUtf8(detail::triggerWords[row].pattern)
                                                         .replace(QLatin1Char(' '), QStringLiteral("\\s+"))));
        QCOMPARE(detail::triggerExpression().pattern(), QStringLiteral("\\G(?:%1)\\b").arg(groups.join(QLatin1Char('|'))));
        const QStringList pieces = {
            QStringLiteral("met"), QStringLiteral("Met"), QStringLiteral("meeting"), QStringLiteral("meetings"),
            QStringLiteral("with"), QStringLiteral("visit"), QStringLiteral("visits"), QStringLiteral("to"),
            QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("foreign"), QStringLiteral("ministers"),
            QStringLiteral("ministers'"), QStringLiteral("leaders\u2019"), QStringLiteral("summit"), QStringLiteral("talks"),
            QStringLiteral("phone"), QStringLiteral("call"), QStringLiteral("called"), QStringLiteral("by"),
            QStringLiteral("on"), QStringLiteral("strike"), QStringLiteral("strikes"), QStringLiteral("air"),
            QStringLiteral("airstrike"), QStringLiteral("missiles"), QStringLiteral("struck"), QStringLiteral("hit"),
            QStringLiteral("slammed"), QStringLiteral("into"), QStringLiteral("launched"), QStringLiteral("fired"),
            QStringLiteral("rockets"), QStringLiteral("due"), QStringLiteral("arrive"), QStringLiteral("stop"),
            QStringLiteral("in"), QStringLiteral("travelled"), QStringLiteral("flew"), QStringLiteral("over"),
            QStringLiteral("next"), QStringLiteral("round"), QStringLiteral("press"), QStringLiteral("conference"),
            QStringLiteral("beat"), QStringLiteral("2-1"), QStringLiteral("a"), QStringLiteral("friendly"),
            QStringLiteral("return"), QStringLiteral("fixture"), QStringLiteral("ruled"), QStringLiteral("donors'"),
            QStringLiteral("told"), QStringLiteral("court"), QStringLiteral("testified"), QStringLiteral("before"),
            QStringLiteral("committee"), QStringLiteral("gave"), QStringLiteral("evidence"), QStringLiteral("sworn"),
            QStringLiteral("took"), QStringLiteral("office"), QStringLiteral("first"), QStringLiteral("day"),
            QStringLiteral("as"), QStringLiteral("president"), QStringLiteral("became"), QStringLiteral("election"),
            QStringLiteral("was"), QStringLiteral("elected"), QStringLiteral("attended"), QStringLiteral("Forum"),
            QStringLiteral("sat"), QStringLiteral("down"), QStringLiteral("session"), QStringLiteral("convened"),
            QStringLiteral("discussed"), QStringLiteral("detained"), QStringLiteral("hearing"), QStringLiteral("x_"),
            QStringLiteral("\u017Fummit"), QStringLiteral("ta\u212Alks"), QStringLiteral("me\u212Aeting"), QStringLiteral("\u00e9t\u00e9"), QStringLiteral("MET"), QStringLiteral("Sitting")};
        const QStringList gaps = {QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("  "),
                                  QStringLiteral("\n"), QStringLiteral(", "), QStringLiteral("-"), QStringLiteral("_"),
                                  QStringLiteral("")};
        QRandomGenerator random(23);
        int matched = 0;
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int size = 1 + int(random.bounded(8));
            for (int i = 0; i < size; ++i)
                text += pieces.at(random.bounded(int(pieces.size()))) + gaps.at(random.bounded(int(gaps.size())));
            for (qsizetype at = 0; at < text.size(); ++at) {
                const QRegularExpressionMatch whole = detail::triggerExpression().match(text, at);
                const detail::TriggerMatch quick = detail::matchTrigger(text, at);
                QCOMPARE(quick.end, whole.capturedEnd());
                matched += whole.hasMatch();
                int type = -1;
                for (int g = 1; g <= detail::triggerTypes && type < 0; ++g)
                    type = whole.capturedStart(g) >= 0 ? g - 1 : -1;
                QCOMPARE(quick.type, type);
            }
        }
        QVERIFY(matched > 10000);
    }

    // The next date found by trying the pattern only where a match can
    // start is the one its search finds, with the same groups, from
    // wherever it is looked for.
    void nextDateAsThePatternsSearch()
    {
        const QStringList pieces = {
            QStringLiteral("March"), QStringLiteral("march"), QStringLiteral("Mar."), QStringLiteral("Sept."),
            QStringLiteral("Sepember"), QStringLiteral("May"), QStringLiteral("Mayor"), QStringLiteral("June"),
            QStringLiteral("Jun."), QStringLiteral("Monday"), QStringLiteral("tuesday"), QStringLiteral("SUNDAY"),
            QStringLiteral("in"), QStringLiteral("In"), QStringLiteral("on"), QStringLiteral("the"),
            QStringLiteral("last"), QStringLiteral("next"), QStringLiteral("this"), QStringLiteral("week"),
            QStringLiteral("month"), QStringLiteral("year"), QStringLiteral("weekend"), QStringLiteral("early"),
            QStringLiteral("mid"), QStringLiteral("late"), QStringLiteral("end"), QStringLiteral("of"),
            QStringLiteral("before"), QStringLiteral("by"), QStringLiteral("until"), QStringLiteral("at"),
            QStringLiteral("over"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("and"),
            QStringLiteral("through"), QStringLiteral("yesterday"), QStringLiteral("Today"), QStringLiteral("tomorrow"),
            QStringLiteral("overnight"), QStringLiteral("earlier"), QStringLiteral("later"), QStringLiteral("spring"),
            QStringLiteral("said"), QStringLiteral("talks"), QStringLiteral("14th"), QStringLiteral("3rd"),
            QStringLiteral("5"), QStringLiteral("12"), QStringLiteral("2024"), QStringLiteral("1999"),
            QStringLiteral("2,000"), QStringLiteral("3-4"), QStringLiteral("x_"), QStringLiteral("_in"),
            QStringLiteral("\u00e9"), QStringLiteral("inMarch"), QStringLiteral("for"), QStringLiteral("floor"),
            QStringLiteral("start"), QStringLiteral("beginning"), QStringLiteral("middle"), QStringLiteral("THE"),
            QStringLiteral("5to6"), QStringLiteral("7AND"), QStringLiteral("Sept"), QStringLiteral("September")};
        const QStringList gaps = {QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(" "), QStringLiteral(", "),
                                  QStringLiteral("-"), QStringLiteral("\u2013"), QStringLiteral(". "), QStringLiteral("\n"),
                                  QStringLiteral("")};
        QRandomGenerator random(29);
        int matched = 0;
        for (int round = 0; round < 20000; ++round) {
            QString line;
            const int size = 1 + int(random.bounded(10));
            for (int i = 0; i < size; ++i)
                line += pieces.at(random.bounded(int(pieces.size()))) + gaps.at(random.bounded(int(gaps.size())));
            const detail::Text text(line);
            const QStringView subject(text.t);
            for (qsizetype from = 0; from < subject.size(); from += 1 + random.bounded(4)) {
                const QRegularExpressionMatch found = detail::nextDateMatch(subject, from);
                const QRegularExpressionMatch searched = detail::matchIn(detail::datePattern(), subject, from);
                QCOMPARE(found.hasMatch(), searched.hasMatch());
                matched += searched.hasMatch();
                for (int g = 0; g <= detail::datePattern().captureCount(); ++g) {
                    QCOMPARE(found.capturedStart(g), searched.capturedStart(g));
                    QCOMPARE(found.capturedEnd(g), searched.capturedEnd(g));
                }
            }
        }
        QVERIFY(matched > 20000);
    }

    void datesResolveAgainstTheArticle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("future");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("stated");
        // The article is of Thursday 2025-04-24.
        QTest::newRow("weekday before") << "met on Tuesday" << false << "2025-04-22" << false;
        QTest::newRow("the same weekday") << "met on Thursday" << false << "2025-04-24" << false;
        QTest::newRow("last weekday") << "met last Thursday" << false << "2025-04-17" << false;
        QTest::newRow("future weekday") << "will meet on Monday" << true << "2025-04-28" << false;
        QTest::newRow("next weekday") << "next Tuesday" << false << "2025-04-29" << false;
        QTest::newRow("weekday range") << "from Monday to Wednesday" << false << "2025-04-21/2025-04-23" << false;
        QTest::newRow("range to the day") << "Monday to Thursday" << false << "2025-04-21/2025-04-24" << false;
        QTest::newRow("month day") << "on Nov. 5" << false << "2024-11-05" << true;
        QTest::newRow("day month year") << "on 18 July 2019" << false << "2019-07-18" << true;
        QTest::newRow("month day, year") << "July 18, 2019" << false << "2019-07-18" << true;
        QTest::newRow("range") << "on April 3-4" << false << "2025-04-03/2025-04-04" << true;
        QTest::newRow("future range") << "on June 24-25" << true << "2025-06-24/2025-06-25" << true;
        QTest::newRow("day of the month") << "met on the 3rd, officials said" << false << "2025-04-03" << true;
        QTest::newRow("day of the next month") << "will arrive on the 2nd for talks" << true << "2025-05-02" << true;
        QTest::newRow("an ordinal of something") << "met on the 14th floor" << false << "" << true;
        QTest::newRow("last week") << "last week" << false << "2025-04-14/2025-04-20" << false;
        QTest::newRow("next month") << "next month" << true << "2025-05" << false;
        QTest::newRow("yesterday") << "yesterday" << false << "2025-04-23" << false;
        // CONVENTIONS.md [date]: an overnight happening takes the day it began.
        QTest::newRow("overnight") << "talked by phone overnight" << false << "2025-04-23" << false;
        QTest::newRow("in a month") << "in March" << false << "2025-03" << false;
        QTest::newRow("late in a month") << "a summit in late May" << true << "2025-05" << false;
        QTest::newRow("early in a month") << "talks in early June" << true << "2025-06" << false;
        QTest::newRow("the end of a month") << "will meet before the end of June" << true << "2025-06" << false;
        QTest::newRow("the start of a month") << "met at the start of March" << false << "2025-03" << false;
        QTest::newRow("earlier this week") << "spoke earlier this week" << false << "2025-04-21/2025-04-23" << false;
        QTest::newRow("last and a month") << "talks ended last October" << false << "2024-10" << false;
        QTest::newRow("last and this month") << "signed last April" << false << "2024-04" << false;
        QTest::newRow("last and a month before") << "signed last February" << false << "2025-02" << false;
        QTest::newRow("a month next year") << "pencilled in for March next year" << true << "2026-03" << false;
        QTest::newRow("in a month last year") << "met in June last year" << false << "2024-06" << false;
        QTest::newRow("a year alone") << "a meeting in 2019 failed" << false << "2019" << true;
        QTest::newRow("a season of a year") << "talks in the autumn of 2011 failed" << false << "2011" << true;
        QTest::newRow("late in a season of a year") << "in the late summer of 1987" << false << "1987" << true;
        QTest::newRow("a year's range") << "the plan in 2030-2035" << false << "" << false;
        QTest::newRow("a name, not a day") << "told Al-Ahram Today on air" << false << "" << false;
        QTest::newRow("may the verb") << "they may meet" << false << "" << false;
        QTest::newRow("nothing") << "some time ago" << false << "" << false;
    }

    void datesResolveAgainstTheArticle()
    {
        QFETCH(QString, text);
        QFETCH(bool, future);
        QFETCH(QString, iso);
        QFETCH(bool, stated);
        const ResolvedDate d = findDate(text, 0, text.size(), QDate(2025, 4, 24), future);
        QCOMPARE(d.iso, iso);
        if (!iso.isEmpty()) {
            QCOMPARE(d.stated, stated);
            QVERIFY(d.start >= 0 && d.end > d.start && d.end <= text.size());
            QVERIFY(!d.note.isEmpty());
        }
        // Without the article's date, a relative date stays unresolved.
        if (!stated)
            QCOMPARE(findDate(text, 0, text.size(), QDate(), future).iso, QString());
    }

    void countriesComeFromIsoCodes()
    {
        const Gazetteer &g = Gazetteer::bundled();
        QVERIFY2(g.countryNames() > 400, "ISO 3166 names and common names");
        QCOMPARE(g.country(QStringLiteral("Korea, Republic of")), QStringLiteral("South Korea"));
        QCOMPARE(g.country(QStringLiteral("U.S.")), QStringLiteral("United States"));
        QCOMPARE(g.country(QStringLiteral("Russian Federation")), QStringLiteral("Russia"));
        QCOMPARE(g.country(QStringLiteral("Ukrainian")), QStringLiteral("Ukraine"));
        QVERIFY(g.isDemonym(QStringLiteral("Ukrainian")));
        QVERIFY(!g.isDemonym(QStringLiteral("Ukraine")));
        // A demonym the rule of endings cannot make ("El Salvadorian" is
        // nobody's word): from the aliases.
        QCOMPARE(g.country(QStringLiteral("Salvadoran")), QStringLiteral("El Salvador"));
        QVERIFY(g.isDemonym(QStringLiteral("Salvadoran")));
        QVERIFY(g.isTitle(QStringLiteral("foreign minister")));
        QVERIFY(g.isSpeechVerb(QStringLiteral("warned")));
    }

    // Cities of two words are places wherever they stand, never people:
    // from ISO 3166-2 (iso-codes) and the tz database's zone.tab (tzdata).
    void citiesAreNotPeople()
    {
        const Gazetteer &g = Gazetteer::bundled();
        QVERIFY2(g.placeNames() > 1000, "ISO 3166-2 subdivisions and tz cities");
        QVERIFY(g.isPlaceName(QStringLiteral("Kuala Lumpur")));
        QVERIFY(!g.isPlaceName(QStringLiteral("Mark Rutte")));
        const QString text = QStringLiteral(
            "Addis Ababa Mayor Lemlem Tadesse met officials from Kuala Lumpur on Monday.\n"
            "Buenos Aires rejected the plan, and Kuala Lumpur said it would wait.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people, places, countries;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Place)
                places.append(e.label);
            else if (e.kind == NodeKind::Country)
                countries.append(e.label);
        }
        QCOMPARE(people, QStringList{QStringLiteral("Lemlem Tadesse")});
        QVERIFY2(places.contains(QStringLiteral("Kuala Lumpur")), qPrintable(places.join(QStringLiteral(", "))));
        // A capital that acts is its government: "Buenos Aires rejected",
        // "Kuala Lumpur said"; "from Kuala Lumpur" is the city.
        QVERIFY2(countries.contains(QStringLiteral("Argentina")) && countries.contains(QStringLiteral("Malaysia")),
                 qPrintable(countries.join(QStringLiteral(", "))));
        QVERIFY(!places.contains(QStringLiteral("Buenos Aires")));
    }

    // A name right before what kind of place it is ("the Rio Seco border
    // crossing", "the Cala Blanca port") is that place, not a person.
    void namesOfPlacesByWhatFollows()
    {
        const QString text = QStringLiteral(
            "Trucks queued at the Rio Seco border crossing and at the Cala Blanca port on Monday, Trade Minister "
            "Rosa Vega said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people, places;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Place)
                places.append(e.label);
        }
        QCOMPARE(people, QStringList{QStringLiteral("Rosa Vega")});
        QVERIFY2(places.contains(QStringLiteral("Rio Seco")) && places.contains(QStringLiteral("Cala Blanca")),
                 qPrintable(places.join(QStringLiteral(", "))));
        // "the Paso Ancho, Santa Lucia and Tacuari crossings": each name of a
        // list before the plural of the kind of place is one.
        const QString listed = QStringLiteral(
            "Drivers waited for hours at the Paso Ancho, Santa Lucia and Tacuari crossings on Monday, Trade "
            "Minister Rosa Vega said.\n");
        const Extraction y = extractArticle(listed, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(y), QStringLiteral("Rosa Vega"));
        QVERIFY(spansHold(y, listed));
    }

    // Infrastructure named by its last word ("the Skagen Cable", "the Oder
    // Link"), a region by compass point and continent ("Central Europe")
    // or by its last word ("the Tana Lakes"), a consultancy by its trade ("Harju Grid Analytics"), a sport ("Kung
    // Fu") and an update note's first word ("(Updates with …") name no one.
    void infrastructureRegionsFirmsAndSportsAreNoOne()
    {
        const QString text = QStringLiteral(
            "(Updates with Polish minister's comments in paragraph 3)\n"
            "Flows through the Oder Link and the Skagen Cable fell across Central Europe, Olav Lund at Fjord "
            "Advisory said.\n"
            "Marta Kask, head of power research at Tallinn consultancy Harju Grid Analytics, said prices rose.\n"
            "Kung Fu gyms closed, Energy Minister Ewa Nowak said.\n"
            "The plant's envoy for the Tana Lakes, Jonas Berg, said the levels were low.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people, places, organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Place)
                places.append(e.label);
            else if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        people.sort();
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Ewa Nowak, Jonas Berg, Marta Kask, Olav Lund"));
        for (const char *name : {"Oder Link", "Skagen Cable", "Central Europe", "Tana Lakes"})
            QVERIFY2(places.contains(QLatin1String(name)), qPrintable(places.join(QStringLiteral(", "))));
        for (const char *name : {"Harju Grid Analytics", "Fjord Advisory"})
            QVERIFY2(organizations.contains(QLatin1String(name)), qPrintable(organizations.join(QStringLiteral(", "))));
    }

    // A place written without its accents ("San Jose" for "San José",
    // as plain-text feeds often have it) is the place, and no speaker.
    void placesWrittenWithoutTheirAccents()
    {
        const Gazetteer &g = Gazetteer::bundled();
        QVERIFY(g.isPlaceName(QStringLiteral("San Jos\u00e9")));
        QVERIFY(g.isPlaceName(QStringLiteral("San Jose")));
        const QString text = QStringLiteral(
            "\u201cOur auditors wrote to San Jose twice,\u201d Trade Minister Rosa Vega said, adding: "
            "\u201cWe are still waiting for an answer.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        for (const Entity &e : x.entities)
            QVERIFY2(e.kind != NodeKind::Person || e.label == QStringLiteral("Rosa Vega"), qPrintable(e.label));
        QCOMPARE(speakerOf(x, text, QStringLiteral("still waiting")), QStringLiteral("Rosa Vega"));
    }

    // A live blog's entries headed by a clock time ("**09:10 CET** —"):
    // the time zone is no one, and takes part in nothing.
    void clockTimesAndTimeZonesAreNoOne()
    {
        const QString text = QStringLiteral(
            "QUITO, May 9 (Test Wire) \u2014 Ministers are meeting in Quito today.\n\n"
            "**17:45 CET** \u2014 Trade Minister Rosa Vega and Foreign Minister Luis Mamani are meeting in Quito "
            "on Friday.\n\n"
            "**09:10 UTC** \u2014 A summit is now planned. Vega said it would be held in Lima on May 20.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        for (const Entity &e : x.entities)
            QVERIFY2(e.label != QLatin1String("CET") && e.label != QLatin1String("UTC"), qPrintable(e.label));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Luis Mamani, Rosa Vega"));
    }

    // A live blog, newest entry first: "the meeting" of an entry headed by
    // a time alone is the one of the blog's day, not the last told above it.
    void aLiveBlogsEntriesAreOfItsDay()
    {
        const QString blog = QStringLiteral(
            "CUSCO, May 9 (Test Wire) \u2014 Trade Minister Rosa Vega and Foreign Minister Luis Mamani are "
            "meeting in Cusco on Friday.\n\n"
            "**16:20** \u2014 The meeting is over.\n\n"
            "**11:30** \u2014 A recap. On Wednesday, Vega met the mayor of Tarija, Pablo Quiroga, in "
            "Tarija.\n\n"
            "**10:42** \u2014 The talks have begun. Interior Minister Ana Berg opened the meeting with a "
            "statement.\n");
        const Extraction y = extractArticle(blog, QDate(2025, 5, 9));
        const QList<Event> blogMeetings = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(blogMeetings.size() == 2, eventsSaid(y).constData());
        QCOMPARE(blogMeetings[0].date, QStringLiteral("2025-05-09"));
        QCOMPARE(namesOf(y, blogMeetings[0].participants), QStringLiteral("Ana Berg, Luis Mamani, Rosa Vega"));
        QCOMPARE(namesOf(y, blogMeetings[1].participants), QStringLiteral("Pablo Quiroga, Rosa Vega"));
    }

    // "Central Asian leaders", "West African states": a description of a
    // group, not a person named "Central Asian".
    void regionalAdjectivesAreNotPeople()
    {
        const QString text = QStringLiteral(
            "Sadykov and Aliev will meet at a summit of Central Asian leaders in August.\n"
            "West African states backed the plan, Foreign Minister Amina Diallo said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
        }
        QVERIFY2(!people.contains(QStringLiteral("Central Asian")) && !people.contains(QStringLiteral("West African")),
                 qPrintable(people.join(QStringLiteral(", "))));
        QVERIFY2(people.contains(QStringLiteral("Amina Diallo")), qPrintable(people.join(QStringLiteral(", "))));
    }

    // A compass point before a demonym or a continent's adjective is a
    // region's adjective whatever noun follows: "Southeast Asian
    // claimants", "East African delegates", "Northern European buyers".
    void compassPointAdjectivesAreNotPeople()
    {
        const QString text = QStringLiteral(
            "Diplomats said Southeast Asian claimants could settle their own differences.\n"
            "East African delegates and Northern European buyers met in Nairobi, Trade Minister Amina Diallo said.\n"
            "Southeast Asian ministers will meet again in May.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
        }
        QVERIFY2(!people.contains(QStringLiteral("Southeast Asian")) && !people.contains(QStringLiteral("East African")) &&
                     !people.contains(QStringLiteral("Northern European")),
                 qPrintable(people.join(QStringLiteral(", "))));
        QVERIFY2(people.contains(QStringLiteral("Amina Diallo")), qPrintable(people.join(QStringLiteral(", "))));
    }

    // Capitalised names that are no one's: an institution whose last word
    // says what it is ("… System", "… Cooperative", "… Agreement", an
    // outlet's "… Report"), a title standing alone ("Peru's Tourism
    // Minister, Ana Quispe"), a two-word demonym ("Costa Rican plants");
    // and a person after an institution and its title ("Regional
    // Commission Chairperson Amina Diallo").
    void institutionsTitlesAndDemonymsAreNotPeople()
    {
        const QString text = QStringLiteral(
            "LIMA, March 3 (Andes Business Report) \u2014 Peru's Tourism Minister, Ana Quispe, met the leaders of the "
            "Southern Grain Cooperative in Cusco on Monday.\n"
            "The Andean Integration System backed the plan, and the Titicaca Fisheries Agreement will be reviewed.\n"
            "Regional Commission Chairperson Amina Diallo said the money was ready.\n"
            "Bolivia closed 12 Costa Rican plants last year.\n");
        const Extraction x = extractArticle(text, QDate(2025, 3, 3));
        QStringList people;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
        }
        people.sort();
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Amina Diallo, Ana Quispe"));
        // A building after "outside the", "at the"; a competition ("… Cup").
        const QString more = QStringLiteral(
            "Tourism Minister Rosa Vega spoke to reporters outside the Stone Halls on Friday and said the Andes Cup "
            "would go ahead at the Ocre Bowl.\n");
        const Extraction y = extractArticle(more, QDate(2025, 3, 3));
        QCOMPARE(peopleOf(y), QStringLiteral("Rosa Vega"));
        // "Counsel for the board, Mark Doyle SC,": letters after a name are no part of it.
        const QString counsel = QStringLiteral(
            "Counsel for the board, Mark Doyle SC, argued that the rules were clear. Rosa Vega MP agreed.\n");
        const Extraction z = extractArticle(counsel, QDate(2025, 3, 3));
        QCOMPARE(peopleOf(z), QStringLiteral("Mark Doyle, Rosa Vega"));
        // "a letter from Nuala Breen" … "Breen, the board's chair, said": the
        // name after "from" was someone's, as its last word alone then shows.
        const QString letter = QStringLiteral(
            "Vega said she had received a letter from Nuala Breen in March.\n"
            "Breen, the board's chair, said the letter had been private.\n");
        const Extraction w = extractArticle(letter, QDate(2025, 3, 3));
        QCOMPARE(peopleOf(w), QStringLiteral("Nuala Breen"));
    }

    // A surname of two words or more ("Gómez Ibarra" after "Rosa Gómez
    // Ibarra") is the person named in full before, not a second person.
    void surnamesOfSeveralWords()
    {
        const QString text = QStringLiteral(
            "Chilean Mining Minister Rosa G\u00f3mez Ibarra met Peruvian Energy Minister Hugo Salas Rivera in Arica "
            "on Monday. G\u00f3mez Ibarra said the smelter would stay open.\n"
            "\u201cWe need the copper and they need the port,\u201d Salas Rivera told reporters.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
        }
        people.sort();
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Hugo Salas Rivera, Rosa G\u00f3mez Ibarra"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("need the port")), QStringLiteral("Hugo Salas Rivera"));
    }

    // "President Marta Quispe of Bolivia": a name of two words or more
    // followed by "of" and a country is the person, and the country stands
    // on its own; not "Bank of Ghana", "President of Peru", "Democratic
    // Republic of Congo", "Union of Fruit Growers of Chile".
    void aNameOfACountryIsThePerson()
    {
        const QString text = QStringLiteral(
            "President Marta Quispe of Bolivia and Chilean President Luis Aravena spoke by phone on Monday. "
            "The Bank of Ghana, the Union of Fruit Growers of Chile and the President of Peru were not asked.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Luis Aravena, Marta Quispe"));
        QStringList countries;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Country)
                countries.append(e.label);
        }
        QVERIFY2(countries.contains(QLatin1String("Bolivia")), qPrintable(countries.join(QStringLiteral(", "))));
        QStringList organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        QVERIFY2(organizations.contains(QLatin1String("Union of Fruit Growers of Chile")),
                 qPrintable(organizations.join(QStringLiteral(", "))));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Luis Aravena, Marta Quispe"));
        QVERIFY(spansHold(x, text));
    }

    // "both he and Vidal are expected at the summit": a pronoun joined to
    // a name by "and" takes part too, and stands for the subject named
    // before, not for the one "he" will meet earlier in its own sentence.
    void pronounsJoinedToANameByAnd()
    {
        const QString text = QStringLiteral(
            "Trade Minister Tomas Ruiz told reporters on Tuesday that the talks had stalled. He will meet Interior "
            "Minister Clara Vidal in Quito next week, and both he and Vidal are expected at the summit in Lima in "
            "December.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Clara Vidal, Tomas Ruiz"));
    }

    // "ROSARIO, Aug 3 (Pampas Morning Digest) —": the name in the
    // dateline's parentheses is the outlet that sends it, an organisation,
    // whatever its words.
    void outletInTheDateline()
    {
        const QString text = QStringLiteral(
            "ROSARIO, Argentina, Aug 3 (Pampas Morning Digest) \u2014 Argentine Farm Minister Julia Ferrero met "
            "grain exporters on Friday.\n"
            "MENDOZA (Cuyo Valley Today) - Wine growers protested on Saturday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 8, 3));
        QStringList people, organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        QCOMPARE(people, QStringList{QStringLiteral("Julia Ferrero")});
        QVERIFY2(organizations.contains(QStringLiteral("Pampas Morning Digest")), qPrintable(organizations.join(QStringLiteral(", "))));
    }

    // Organisations named like people or places: the text says what they
    // are (", the Oslo shipping firm …", ", a Geneva commodity trader,",
    // ", Malawi's biggest tea exporter,"), or their last word does
    // ("Andean Community"); a storm ("Cyclone Marisol") and a delta
    // ("Sittang Delta") are no one; nor is a name after the kind of
    // organisation it is ("the farmers' movement Terra Viva Unida").
    void organisationsNamedLikePeople()
    {
        const QString text = QStringLiteral(
            "Harland Voss, the Oslo shipping firm chartering the tankers, said it would wait for the ruling.\n"
            "Meridian Kerr, a Geneva commodity trader, which buys most of the crop, declined to comment.\n"
            "Sula Ridge, Malawi's biggest tea exporter, said it had cut its prices.\n"
            "Kestrel Lines, a ferry operator, said it would add sailings.\n"
            "The Andean Community backed the plan after Cyclone Marisol flooded farms in the Sittang Delta.\n"
            "Kofi Boateng, a partner at the law firm, said the contracts were sound.\n"
            "Trade Minister Ama Owusu said the fund would open in June.\n"
            "A strike by the Baltic Dockmen's Union and the Nordic Fishermen's Association closed the ports.\n"
            "Cranes at the Koper Bulk Cargo Terminal stood idle, and its operator, Adriatic Quay Terminals, "
            "said the ships would wait.\n"
            "The protest was called by the farmers' movement Terra Viva Unida.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people, organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        people.sort();
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Ama Owusu, Kofi Boateng"));
        for (const char *name : {"Harland Voss", "Meridian Kerr", "Sula Ridge", "Kestrel Lines", "Andean Community",
                                 "Baltic Dockmen's Union", "Nordic Fishermen's Association", "Koper Bulk Cargo Terminal",
                                 "Adriatic Quay Terminals", "Terra Viva Unida"})
            QVERIFY2(organizations.contains(QLatin1String(name)), qPrintable(organizations.join(QStringLiteral(", "))));
    }

    // Capitals: the city where something happens, the government where
    // the text makes it act, and never a person.
    void capitalsForTheirGovernments()
    {
        const QString text = QStringLiteral(
            "Washington has long argued that the tariffs are temporary, a view Beijing rejects.\n"
            "Trade ministers met in Washington on Monday, and Moscow's response was swift.\n"
            "Tokyo is the largest city in Japan.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QHash<QString, QList<qsizetype>> countries; // label -> mention starts
        QHash<QString, QList<qsizetype>> places;
        for (const Entity &e : x.entities) {
            for (const Span &m : e.mentions) {
                if (e.kind == NodeKind::Country)
                    countries[e.label].append(m.start);
                else if (e.kind == NodeKind::Place)
                    places[e.label].append(m.start);
                QVERIFY(m.end > m.start);
            }
        }
        QVERIFY2(countries.value(QStringLiteral("United States")).contains(text.indexOf(QLatin1String("Washington has"))),
                 "\"Washington has long argued\" is the United States");
        QVERIFY(countries.value(QStringLiteral("China")).contains(text.indexOf(QLatin1String("Beijing"))));
        QVERIFY(countries.value(QStringLiteral("Russia")).contains(text.indexOf(QLatin1String("Moscow"))));
        QVERIFY2(places.value(QStringLiteral("Washington")).contains(text.indexOf(QLatin1String("Washington on"))),
                 "\"met in Washington\" is the city");
        QVERIFY(!countries.value(QStringLiteral("Japan")).contains(text.indexOf(QLatin1String("Tokyo"))));
    }

    // To meet a requirement is not a meeting; to meet a minister is, the
    // title whole after "meet" (not only its first word, "Defence").
    void meetingSomeoneNotSomething()
    {
        const QString text = QStringLiteral(
            "Prime Minister Ana Sousa said Portugal must meet the defence spending requirement by June.\n"
            "Sousa will meet the Defence Minister of Spain, Luis Ortega, in Madrid on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QList<const Event *> meetings;
        for (const Event &e : x.events) {
            if (e.type == QLatin1String("meeting"))
                meetings.append(&e);
        }
        QCOMPARE(meetings.size(), 1);
        const Event &meeting = *meetings.first();
        QVERIFY2(meeting.evidence.start > text.indexOf(QLatin1Char('\n')), "the meeting is the second sentence's");
        QCOMPARE(meeting.date, QStringLiteral("2025-04-25"));
        QVERIFY(meeting.planned);
        // "hosted Spain's deputy minister for rail, Luis Ortega": a
        // country's title after the verb is someone met ("met NATO's target"
        // is not).
        const QString hosted = QStringLiteral(
            "Portuguese Transport Minister Rui Matos hosted Spain's deputy minister for rail, Luis Ortega, in "
            "Braga on Tuesday. Their agenda had one item.\n");
        const Extraction y = extractArticle(hosted, QDate(2025, 4, 24));
        const QList<Event> met = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, met.first().participants), QStringLiteral("Luis Ortega, Rui Matos"));
        QCOMPARE(met.first().date, QStringLiteral("2025-04-22"));
        // "received Kemal Yurtsever, the mayor of …": so is receiving
        // someone; "received a letter" is not.
        const QString received = QStringLiteral(
            "On Monday evening the mayor of Braga, Rui Matos, received Luis Ortega, the mayor of Vigo, at the town "
            "hall. Matos had received a letter from the port the week before.\n");
        const Extraction z = extractArticle(received, QDate(2025, 4, 24));
        const QList<Event> hosts = eventsOf(z, QStringLiteral("meeting"));
        QVERIFY2(hosts.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, hosts.first().participants), QStringLiteral("Luis Ortega, Rui Matos"));
        QCOMPARE(hosts.first().date, QStringLiteral("2025-04-21"));
    }

    // "NATO's Secretary-General Mark Rutte": whose title, not one more
    // participant; "Rutte's team" does take part.
    void possessiveOfATitleIsNotAParticipant()
    {
        const QString text = QStringLiteral(
            "NATO\u2019s Secretary-General Mark Rutte had a phone call with Marco Rubio on Wednesday.\n"
            "Kenya's Foreign Minister Amina Odhiambo met Tanzania's delegation in Arusha on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 1, 24));
        const auto names = [&](const Event &e) {
            QStringList result;
            for (int p : e.participants)
                result.append(x.entities[p].label);
            result.sort();
            return result;
        };
        QStringList call, meeting;
        for (const Event &e : x.events) {
            if (e.type == QLatin1String("phone_call"))
                call = names(e);
            else if (e.type == QLatin1String("meeting"))
                meeting = names(e);
        }
        QCOMPARE(call, (QStringList{QStringLiteral("Marco Rubio"), QStringLiteral("Mark Rutte")}));
        QVERIFY2(meeting.contains(QStringLiteral("Amina Odhiambo")) && meeting.contains(QStringLiteral("Tanzania")) &&
                     !meeting.contains(QStringLiteral("Kenya")),
                 qPrintable(meeting.join(QStringLiteral(", "))));
        // "met the head of Norway's Coast Guard, Admiral Lars Moe,": whose
        // head he is, not who met.
        const QString head = QStringLiteral(
            "Representatives of the Baltic Trawler Association met the head of Norway's Coast Guard, Admiral Lars "
            "Moe, in Bodo on Monday to complain about inspections.\n");
        const Extraction y = extractArticle(head, QDate(2025, 1, 24));
        const QList<Event> met = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, met.first().participants), QStringLiteral("Baltic Trawler Association, Lars Moe"));
        // "with Eva Lund, chief executive of the Nordic Ferry Company,": the
        // same, the name first.
        const QString chief = QStringLiteral(
            "Admiral Lars Moe spoke by phone on Tuesday with Eva Lund, chief executive of the Nordic Ferry "
            "Company, about the new route.\n");
        const Extraction z = extractArticle(chief, QDate(2025, 1, 24));
        const QList<Event> calls = eventsOf(z, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, calls.first().participants), QStringLiteral("Eva Lund, Lars Moe"));
    }

    // Taking office, an election, attending a forum: events of one actor,
    // dated only where the text dates them.
    void eventsOfOneActor()
    {
        const QString text = QStringLiteral(
            "Nadia Ferro, who is attending the Global Ports Forum, said on Tuesday that trade was slowing.\n"
            "Ferro took office after Senator Omar Lind became the country's president on March 3.\n"
            "It was Lind's first trip since his March 1 election.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const auto find = [&](const QString &label) -> const Event * {
            for (const Event &e : x.events) {
                if (e.label.startsWith(label))
                    return &e;
            }
            return nullptr;
        };
        const auto who = [&](const Event *e) {
            QStringList names;
            for (int p : e->participants)
                names.append(x.entities[p].label);
            return names;
        };
        const Event *forum = find(QStringLiteral("Attendance"));
        QVERIFY(forum);
        QCOMPARE(forum->type, QStringLiteral("other"));
        QVERIFY2(who(forum).contains(QStringLiteral("Nadia Ferro")), qPrintable(who(forum).join(u',')));
        QCOMPARE(forum->date, QStringLiteral("2025-04")); // under way on the article's day
        QVERIFY(!forum->dateStated);
        const Event *office = nullptr;
        for (const Event &e : x.events) {
            if (e.label.startsWith(QStringLiteral("Taking office")) && e.date == QStringLiteral("2025-03-03"))
                office = &e;
        }
        QVERIFY(office);
        QCOMPARE(who(office), QStringList{QStringLiteral("Omar Lind")});
        // Ferro's taking office: no date given, none guessed.
        for (const Event &e : x.events) {
            if (e.label.startsWith(QStringLiteral("Taking office")) && who(&e).contains(QStringLiteral("Nadia Ferro")))
                QCOMPARE(e.date, QString());
        }
        const Event *election = find(QStringLiteral("Election"));
        QVERIFY(election);
        QCOMPARE(election->date, QStringLiteral("2025-03-01"));
        QCOMPARE(who(election), QStringList{QStringLiteral("Omar Lind")});
    }

    // Taking office in other words: "his first day heading the council",
    // "Lind's first day in office"; and "took office" wrapped onto the
    // next line of a hard-wrapped text. Each dated where the text dates
    // it, with the one who took office.
    void takingOfficeInOtherWordsAndAcrossALineBreak()
    {
        const auto offices = [](const Extraction &x) {
            QStringList found;
            for (const Event &e : x.events) {
                if (!e.label.startsWith(QStringLiteral("Taking office")))
                    continue;
                QStringList who;
                for (int p : e.participants)
                    who.append(x.entities[p].label);
                found.append(e.date + QLatin1Char(' ') + who.join(u','));
            }
            return found;
        };
        const QString text = QStringLiteral(
            "On Oct. 1, his first day heading the Pacific Trade Council, Tomas Herrera met farm leaders in Suva.\n"
            "Mara Lind\u2019s first day in office was Oct. 6, when she flew to Apia.\n");
        const Extraction x = extractArticle(text, QDate(2025, 10, 20));
        QVERIFY2(offices(x).contains(QStringLiteral("2025-10-01 Tomas Herrera")), qPrintable(offices(x).join(u';')));
        QVERIFY2(offices(x).contains(QStringLiteral("2025-10-06 Mara Lind")), qPrintable(offices(x).join(u';')));
        // A first day of something else is no taking office.
        const QString other = QStringLiteral("On the first day of the summit, Herrera met farm leaders in Suva.\n");
        QVERIFY(offices(extractArticle(other, QDate(2025, 10, 20))).isEmpty());
        // Hard-wrapped: the sentence goes on past the line's end.
        const QString wrapped = QStringLiteral(
            "Defence Minister Ana Vidal, who took\n"
            "office on March 3, said the army would buy new radars.\n");
        const Extraction y = extractArticle(wrapped, QDate(2025, 4, 10));
        QVERIFY2(offices(y).contains(QStringLiteral("2025-03-03 Ana Vidal")), qPrintable(offices(y).join(u';')));
        for (const Event &e : y.events)
            QCOMPARE(wrapped.mid(e.evidence.start, e.evidence.end - e.evidence.start), QStringLiteral("took\noffice"));
        // A long line cut before a name: still one sentence, so "since … took
        // office" stays a clause of time, no event of its own.
        const QString cut = QStringLiteral(
            "Tomas Herrera noted that member states have raised their spending on ports by about $70 billion since "
            "former President\n"
            "Marta Ruiz took office, yet he insists that this amount is not enough.\n");
        const Extraction z = extractArticle(cut, QDate(2025, 4, 10));
        QVERIFY2(offices(z).isEmpty(), qPrintable(offices(z).join(u';')));
    }

    // A reported clause ends where another begins with its own speaker
    // and speech verb: "X noted that …, yet he insists that …" is two
    // statements.
    void reportedClausesOfTheirOwn()
    {
        const QString text = QStringLiteral(
            "Trade Minister Aiko Tanaka met Tom Hale in Tokyo on Tuesday.\n"
            "Tanaka noted that exports to Australia have risen by a third since the pact took effect, yet Hale "
            "insists that the figure hides a fall in farm goods.\n");
        const Extraction x = extractArticle(text, QDate(2025, 9, 12));
        QStringList reported;
        for (const Statement &s : x.statements) {
            if (!s.direct)
                reported.append(x.entities[s.speaker].label + QStringLiteral(": ") +
                                text.mid(s.text.start, s.text.end - s.text.start));
        }
        QCOMPARE(reported, (QStringList{
                               QStringLiteral("Aiko Tanaka: exports to Australia have risen by a third since the pact "
                                              "took effect"),
                               QStringLiteral("Tom Hale: the figure hides a fall in farm goods")}));
        QVERIFY(spansHold(x, text));
    }

    // Negotiations in general ("his approach to peace negotiations",
    // "prospects for talks") are no event; talks that were held are.
    void negotiationsInGeneralAreNoEvent()
    {
        const QString text = QStringLiteral(
            "Ukrainian President Olena Marchenko remarked that Russian President Sergei Volkov appears to be wary "
            "of Dan Carter's approach to peace negotiations, a sentiment that follows recent efforts in Geneva.\n"
            "Analysts in Kyiv see few prospects for talks before the winter.\n"
            "Marchenko told reporters on Tuesday that she was open to talks, and Volkov said he was ready for "
            "negotiations.\n");
        const Extraction x = extractArticle(text, QDate(2025, 3, 10));
        QVERIFY2(x.events.isEmpty(), eventsSaid(x));
        // "whose release he had negotiated.": what was negotiated, told before.
        const QString release = QStringLiteral(
            "His son, Tomas Ruiz, said his father had kept a list of every sailor whose release he had negotiated. "
            "Carla Vidal stood beside him.\n");
        const Extraction w = extractArticle(release, QDate(2025, 3, 10));
        QVERIFY2(w.events.isEmpty(), eventsSaid(w));
        const QString held = QStringLiteral(
            "Olena Marchenko and Ivan Petrov held peace negotiations in Geneva on Monday.\n");
        const Extraction y = extractArticle(held, QDate(2025, 3, 10));
        QCOMPARE(y.events.size(), 1);
        QCOMPARE(y.events.first().type, QStringLiteral("talks"));
    }

    // Speakers named otherwise: a pronoun in an aside after a name ("X,
    // she said, had …") is someone else; "the Brazilian leader" is the
    // one whose title the text gave for Brazil; a portfolio of a few
    // words before a title ("Investments Trade Cabinet Secretary") keeps
    // the name a person's.
    void speakersInAsidesDescriptionsAndLongTitles()
    {
        const QString aside = QStringLiteral(
            "Sigrid Haugland met Helena Cavalcanti in Oslo on Monday.\n"
            "Haugland said Norway would push other donors hard. Cavalcanti, she said, had "
            "\u201cchanged the whole conversation about forest money\u201d by bringing the three countries together.\n");
        const Extraction x = extractArticle(aside, QDate(2025, 5, 20));
        QCOMPARE(speakerOf(x, aside, QStringLiteral("whole conversation")), QStringLiteral("Sigrid Haugland"));
        const QString described = QStringLiteral(
            "Brazilian President Lucas Andrade met Chilean President Rosa Vidal in Brasilia on Monday.\n"
            "\u201cWe have waited long enough for this road,\u201d the Brazilian leader said.\n"
            "\u201cSo have we,\u201d the Chilean president said.\n");
        const Extraction y = extractArticle(described, QDate(2025, 5, 20));
        QCOMPARE(speakerOf(y, described, QStringLiteral("waited long enough")), QStringLiteral("Lucas Andrade"));
        QCOMPARE(speakerOf(y, described, QStringLiteral("So have we")), QStringLiteral("Rosa Vidal"));
        const QString titled = QStringLiteral(
            "Kenyan Investments Trade Cabinet Secretary Amina Odhiambo opened the fair in Mombasa on Monday.\n"
            "\u201cOur ports are ready for the new trade,\u201d Odhiambo said at the closing session.\n");
        const Extraction z = extractArticle(titled, QDate(2025, 5, 20));
        QCOMPARE(speakerOf(z, titled, QStringLiteral("ports are ready")), QStringLiteral("Amina Odhiambo"));
        QVERIFY(spansHold(x, aside) && spansHold(y, described) && spansHold(z, titled));
        // "…,\u201d Fiji's Minister of Forests and Fisheries, Jone Nata, said":
        // the person set off by a comma after a country's title and its
        // portfolio, not the country.
        const QString portfolio = QStringLiteral(
            "\u201cThe reefs need a rest,\u201d Fiji's Minister of Forests and Fisheries, Jone Nata, said on Monday. "
            "\u201cSo do the boats.\u201d\n\n"
            "\u201cWe agree,\u201d Tonga's Minister of Fisheries, Sione Vea, said.\n");
        const Extraction w = extractArticle(portfolio, QDate(2025, 5, 20));
        QCOMPARE(speakerOf(w, portfolio, QStringLiteral("reefs need")), QStringLiteral("Jone Nata"));
        QCOMPARE(speakerOf(w, portfolio, QStringLiteral("So do the boats")), QStringLiteral("Jone Nata"));
        QCOMPARE(speakerOf(w, portfolio, QStringLiteral("We agree")), QStringLiteral("Sione Vea"));
    }

    // "“…,” a spokesman for the ministry said." … "The ministry spokesman,
    // Tomas Varga, later said …": the spokesman is the one named later by
    // that word; the paragraph's next quotation his too.
    void aSpokespersonNamedLater()
    {
        const QString text = QStringLiteral(
            "\u201cWe will not close the border crossing for a single hour this winter,\u201d a spokesman for "
            "Hungary's Ministry of Transport said. \u201cThe trucks will keep moving.\u201d\n\n"
            "Road Minister Eva Horvath met the hauliers on Monday.\n\n"
            "The ministry spokesman, Tomas Varga, later said the queues had shortened.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList said;
        for (const Statement &s : x.statements) {
            if (s.direct)
                said.append(s.speaker >= 0 ? x.entities[s.speaker].label : QStringLiteral("-"));
        }
        QCOMPARE(said, (QStringList{QStringLiteral("Tomas Varga"), QStringLiteral("Tomas Varga")}));
    }

    // "A Ghanaian diplomat who asked not to be named said …" / "“…,” the
    // diplomat said": the words of someone the text will not name are no
    // statement, and not the last speaker's.
    void wordsOfSomeoneNotNamedAreNoStatement()
    {
        const QString text = QStringLiteral(
            "\u201cWe will sign when the others do, and not a day before,\u201d Trade Minister Kwame Asante said.\n\n"
            "A Ghanaian diplomat who asked not to be named said the talks had stalled.\n\n"
            "\u201cNobody in the room wants to be the first to blink on the tariffs,\u201d the diplomat said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList said;
        for (const Statement &s : x.statements) {
            if (s.direct)
                said.append(text.mid(s.text.start, 12));
        }
        QCOMPARE(said, QStringList{QStringLiteral("We will sign")});
    }

    // Attribution before, after and inside a quotation; pronouns; titles;
    // scare quotes and quoted titles are no statements.
    void quotationsFindTheirSpeakers()
    {
        const QString text = QStringLiteral(
            "Japanese Foreign Minister Aiko Tanaka met Australian Defence Minister Tom Hale in Tokyo on Tuesday.\n"
            "\u201cWe are entering a new chapter,\u201d Tanaka said. \u201cThe region is watching.\u201d\n"
            "Hale told reporters: \u201cOur forces will train together next year.\u201d\n"
            "\u201cThis is not about any one country,\u201d he said, \u201cbut about rules that protect everyone.\u201d\n"
            "The so-called \u201cpeace dividend\u201d is over, analysts say, and the report \u201cShared Horizons\u201d agrees.\n"
            "According to Tanaka, the talks will continue next month.\n");
        const Extraction x = extractArticle(text, QDate(2025, 9, 12));
        QCOMPARE(speakerOf(x, text, QStringLiteral("new chapter")), QStringLiteral("Aiko Tanaka"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("region is watching")), QStringLiteral("Aiko Tanaka"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("train together")), QStringLiteral("Tom Hale"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("not about any one country")), QStringLiteral("Tom Hale"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("rules that protect")), QStringLiteral("Tom Hale"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("peace dividend")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Shared Horizons")), QStringLiteral("(not a statement)"));
        // Evidence spans are the text's own: the words inside the marks.
        QVERIFY(spansHold(x, text));
        // People with titles and their countries; the meeting with its date and place.
        const auto entity = [&](const QString &label) {
            for (int i = 0; i < x.entities.size(); ++i) {
                if (x.entities[i].label == label)
                    return i;
            }
            return -1;
        };
        const int tanaka = entity(QStringLiteral("Aiko Tanaka"));
        QVERIFY(tanaka >= 0);
        QCOMPARE(x.entities[tanaka].title, QStringLiteral("Foreign Minister"));
        QCOMPARE(x.entities[x.entities[tanaka].titleOf].label, QStringLiteral("Japan"));
        QVERIFY(entity(QStringLiteral("Tokyo")) >= 0);
        QVERIFY(!x.events.isEmpty());
        const Event &meeting = x.events.first();
        QCOMPARE(meeting.type, QStringLiteral("meeting"));
        QCOMPARE(meeting.date, QStringLiteral("2025-09-09"));
        QVERIFY(meeting.participants.contains(tanaka));
        QVERIFY(meeting.participants.contains(entity(QStringLiteral("Tom Hale"))));
        QCOMPARE(x.entities[meeting.place].label, QStringLiteral("Tokyo"));
        // "According to Tanaka, …": a reported statement.
        const bool reported = std::any_of(x.statements.cbegin(), x.statements.cend(), [&](const Statement &s) {
            return !s.direct && s.speaker == tanaka
                   && text.mid(s.text.start, s.text.end - s.text.start).startsWith(QStringLiteral("the talks will continue"));
        });
        QVERIFY(reported);
    }

    // A few words in quotation marks inside a noun phrase ("warns of 'ghost
    // nets'", "said the 'ghost nets' of foreign trawlers …") are scare
    // quotes, whoever speaks in the sentence; "the rules were 'a disaster
    // for us,'" and "would face a 'slow death'" stay quotations.
    void scareQuotesInsideANounPhrase()
    {
        const QString text = QStringLiteral(
            "Kenya warns of 'ghost nets' in Lake Turkana.\n\n"
            "Fisheries Minister Tom Were said the 'ghost nets' of foreign trawlers kill more fish than the boats do.\n\n"
            "He said the old rules were 'a disaster for us,' and would go.\n\n"
            "Were said the lake would face a 'slow death'.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("ghost nets")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("disaster for us")), QStringLiteral("Tom Were"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("slow death")), QStringLiteral("Tom Were"));
    }

    // "X of the Fisheries Agency, who said …": "who" is a person, the one
    // named before the organisation.
    void whoSaidIsAPerson()
    {
        const QString text = QStringLiteral(
            "Peru's delegation was led by Rosa Vega of the Fisheries Agency, who said Lima could accept the cut "
            "\u201cif everyone pays the same,\u201d a reference to the foreign fleets.\n");
        QCOMPARE(speakerIn(text, QDate(2025, 4, 24), QStringLiteral("everyone pays")), QStringLiteral("Rosa Vega"));
        // "Name, a forklift operator and shop steward at the depot, said": a
        // name the data does not know, introduced by what she does, is a person.
        const QString worker = QStringLiteral(
            "The ministry's Director-General, Pieter Louw, met the union in Cape Town.\n\n"
            "Nomsa Zungu, a forklift operator and shop steward at the depot, said few had seen the plan. "
            "\u201cThey call it progress,\u201d she said. \u201cWe call it a letter.\u201d\n");
        const Extraction x = extractArticle(worker, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Nomsa Zungu, Pieter Louw"));
        QCOMPARE(speakerOf(x, worker, QStringLiteral("call it progress")), QStringLiteral("Nomsa Zungu"));
        QCOMPARE(speakerOf(x, worker, QStringLiteral("call it a letter")), QStringLiteral("Nomsa Zungu"));
    }

    // "she said" or "he said" after a paragraph that names two people:
    // the one the text has made of that gender ("on her second visit",
    // "saying her ministry"), when the other was only met by them or is of
    // the other gender; the nearest subject still, when nothing says so.
    void pronounsAfterAParagraphNamingTwo()
    {
        const QString met = QStringLiteral(
            "Finance Minister Ruth Amani, on her second visit to the port this year, met Transport Minister Joel "
            "Kiptoo in Mombasa on Monday. Kiptoo said the new cranes would arrive in May.\n\n"
            "\u201cWe cannot let the harbour silt up again,\u201d she said after the meeting.\n");
        QCOMPARE(speakerIn(met, QDate(2025, 5, 20), QStringLiteral("silt up")), QStringLiteral("Ruth Amani"));
        const QString talks = QStringLiteral(
            "Health Minister Lina Perez and Labour Minister Tomas Ruiz held talks on Tuesday. Perez argued for a "
            "delay, saying her ministry needed time.\n\n"
            "\u201cThe nurses cannot wait another winter,\u201d he said after the talks.\n");
        QCOMPARE(speakerIn(talks, QDate(2025, 5, 20), QStringLiteral("another winter")), QStringLiteral("Tomas Ruiz"));
        // "Tomas Ruiz, her counterpart,": a possessive opening an aside
        // after a name is someone else's, and says nothing of his gender.
        const QString aside = QStringLiteral(
            "Lina Perez, who coaches the home side, and Tomas Ruiz, her counterpart from Cusco, first met in 2019. "
            "She had played for Peru.\n\n"
            "Ruiz sat on the visitors' bench, a few metres from Perez. When the game ended he walked over to her. "
            "\u201cWe lost the match but won the day,\u201d he said.\n");
        QCOMPARE(speakerIn(aside, QDate(2025, 5, 20), QStringLiteral("lost the match")), QStringLiteral("Tomas Ruiz"));
        // Nothing says who is a woman: the nearest subject, as before.
        const QString plain = QStringLiteral(
            "Finance Minister Ruth Amani met Transport Minister Joel Kiptoo in Mombasa on Monday. Kiptoo said the "
            "new cranes would arrive in May.\n\n"
            "\u201cWe cannot let the harbour silt up again,\u201d she said after the meeting.\n");
        QCOMPARE(speakerIn(plain, QDate(2025, 5, 20), QStringLiteral("silt up")), QStringLiteral("Joel Kiptoo"));
        // "told her that": an object, someone else, not the teller.
        const QString object = QStringLiteral(
            "Finance Minister Ruth Amani met Transport Minister Joel Kiptoo in Mombasa on Monday. Kiptoo told her "
            "that the cranes would arrive in May.\n\n"
            "\u201cWe cannot let the harbour silt up again,\u201d he said after the meeting.\n");
        QCOMPARE(speakerIn(object, QDate(2025, 5, 20), QStringLiteral("silt up")), QStringLiteral("Joel Kiptoo"));
    }

    // An interview's "she said", paragraphs after the one naming her, with
    // no subject near: the last one named whom the text made of that
    // gender, when everyone named since is known to be of the other.
    void pronounsOfAnInterviewPastTheParagraphNamingHer()
    {
        const QString text = QStringLiteral(
            "MOMBASA, Kenya \u2014 For two years Wanjiru Kamau Otieno has run the Kilindini Harbour Board (KHB), "
            "and the grain silos are the part of the job she least likes. Otieno spoke to this newspaper on "
            "Tuesday in her office by the docks.\n\n"
            "The silos were built for Ugandan maize. Most weeks they stand half empty. Porters call them the "
            "\u201chollow towers\u201d.\n\n"
            "\u201cThe silos are ready. The trains are not,\u201d she said. \u201cAsk anyone at the yard.\u201d\n\n"
            "Ugandan Trade Minister Moses Okello visited the silos last month. Okello told reporters that his "
            "railway would reach the port next year.\n\n"
            "\u201cWe will bring the trains,\u201d he said.\n\n"
            "The fee is the other quarrel. Kenya wants a levy on each tonne, and Uganda has refused.\n\n"
            "\u201cA reserved silo is not a free silo,\u201d she said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 20));
        QCOMPARE(speakerOf(x, text, QStringLiteral("silos are ready")), QStringLiteral("Wanjiru Kamau Otieno"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Ask anyone")), QStringLiteral("Wanjiru Kamau Otieno"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("bring the trains")), QStringLiteral("Moses Okello"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("reserved silo")), QStringLiteral("Wanjiru Kamau Otieno"));
        // Someone of no known gender named since: no speaker rather than a guess.
        const QString unknown = QStringLiteral(
            "For two years Wanjiru Kamau Otieno has run the Kilindini Harbour Board, and she least likes the "
            "silos. Otieno spoke to this newspaper in her office.\n\n"
            "Trade Minister Moses Okello visited the silos last month.\n\n"
            "The silos were built for maize. Most weeks they stand half empty. Porters call them towers.\n\n"
            "\u201cThe silos are ready for the harvest this year,\u201d she said.\n");
        QCOMPARE(speakerIn(unknown, QDate(2025, 5, 20), QStringLiteral("silos are ready")), QStringLiteral("(nobody)"));
    }

    // "X has been director-general of Y" gives X the title "the
    // director-general" names later.
    void aTitleGivenByTheVerbBeforeIt()
    {
        const QString predicate = QStringLiteral(
            "For two years Wanjiru Kamau Otieno has been director-general of the Kilindini Harbour Board.\n\n"
            "Ugandan Trade Minister Moses Okello visited the silos last month.\n\n"
            "\u201cHe stood in the yard and asked me where his trains were,\u201d the director-general recalled.\n");
        QCOMPARE(speakerIn(predicate, QDate(2025, 5, 20), QStringLiteral("stood in the yard")),
                 QStringLiteral("Wanjiru Kamau Otieno"));
        // "… and the mayor of Tarija, Ana Mendez": so does an aside before
        // the name; the last one so named.
        const QString aside = QStringLiteral(
            "On Monday Vega drove to Sucre to meet its mayor, Pablo Quiroga, and the mayor of Tarija, Ana Mendez.\n\n"
            "In Tarija, queues formed at the tankers. Mendez said the town had water for three days.\n\n"
            "\u201cPeople are patient, but patience runs out,\u201d the mayor told local radio.\n");
        QCOMPARE(speakerIn(aside, QDate(2025, 5, 20), QStringLiteral("patience runs out")), QStringLiteral("Ana Mendez"));
    }

    // Speakers that are no name right after the quotation: a statement's
    // issuer, a name without a speech verb, a pronoun past a name in a
    // prepositional phrase.
    void quotationSpeakersBeyondTheSpeechVerb()
    {
        const QString text = QStringLiteral(
            "In a brief statement, UNICEF said the convoy had reached the border.\n"
            "\u201cThe road is open again for the first time in weeks,\u201d the statement said.\n"
            "\u201cWe expect the next convoy within days,\u201d confirmed a statement by UNICEF spokesperson Lia Moreau.\n"
            "\u201cEvery hour counts for these families,\u201d Moreau is convinced.\n"
            "Health Minister Carla Ruiz rejected that view. Pointing to a report by Finance Minister Omar Haddad, "
            "she said the money had \u201calready been spent twice over, on paper and in practice.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("road is open")), QStringLiteral("UNICEF"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("next convoy")), QStringLiteral("Lia Moreau"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Every hour")), QStringLiteral("Lia Moreau"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("spent twice")), QStringLiteral("Carla Ruiz"));
        // After the quotation, a description of the speaker, then the name
        // set off by commas, then the verb.
        const QString described = QStringLiteral(
            "Port workers walked off the job at Brest on Thursday.\n"
            "\u201cThe harbour will not close while I am here,\u201d the port authority\u2019s chief engineer, "
            "Mireille Dubois, told a meeting of dockworkers on Friday.\n"
            "\u201cWe will keep the cranes running through the winter,\u201d a senior adviser to the mayor, "
            "Tomas Berg, said later.\n");
        const Extraction y = extractArticle(described, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(y, described, QStringLiteral("harbour will not close")), QStringLiteral("Mireille Dubois"));
        QCOMPARE(speakerOf(y, described, QStringLiteral("cranes running")), QStringLiteral("Tomas Berg"));
        // A quotation after a colon that ends a sentence whose subject is
        // someone, with no verb of saying: that one's words.
        const QString colon = QStringLiteral(
            "Fisheries Commissioner Anna Berg met the trawler crews in Vigo on Monday.\n\n"
            "Standing on the quay with the harbour master beside her, Berg gave the crews a blunt reply: "
            "\u201cLisbon will not pay Spanish fleets to fish less than Portuguese ones.\u201d\n\n"
            "The plan has two parts: \u201cfewer boats and longer seasons for those left at sea.\u201d\n");
        const Extraction z = extractArticle(colon, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(z, colon, QStringLiteral("Lisbon will not pay")), QStringLiteral("Anna Berg"));
        QVERIFY(speakerOf(z, colon, QStringLiteral("fewer boats")) != QLatin1String("Anna Berg"));
    }

    // "X called the deal “…”": the quotation is what X called it; X is
    // its speaker, not the paragraph's earlier one.
    void quotationNamingWhatTheSubjectCalledSomething()
    {
        const QString text = QStringLiteral(
            "Polish Prime Minister Tomasz Wierzbicki met Lithuanian officials in Vilnius on Friday.\n"
            "\u201cNow it has a date,\u201d Wierzbicki said. Lithuanian Economy Minister Rasa Kazlauskien\u0117 "
            "called the deal \"a turning point for the region\".\n"
            "Kazlauskien\u0117, who took office in January, described the plan as \u201ca timetable, not a promise.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 3, 21));
        QCOMPARE(speakerOf(x, text, QStringLiteral("turning point")), QStringLiteral("Rasa Kazlauskien\u0117"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("not a promise")), QStringLiteral("Rasa Kazlauskien\u0117"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Now it has a date")), QStringLiteral("Tomasz Wierzbicki"));
        QVERIFY(spansHold(x, text));
    }

    // "according to" inside a clause cites the source of a report; the
    // quotation is still the words of the clause's subject. Before the
    // quotation with a comma, the cited one is the speaker.
    void quotationPastAccordingTo()
    {
        const QString text = QStringLiteral(
            "Philippine President Jose Manalastas spoke by phone on Wednesday with Vietnamese Prime Minister "
            "Le Minh Tam, who according to the Vietnamese government agreed that the talks \u201cmust not end "
            "empty-handed.\u201d\n"
            "Finance Minister Omar Haddad agreed, according to his office, that the budget was \"not open to "
            "renegotiation this year\".\n"
            "According to Haddad, \u201cthe ministry will publish its figures in May.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("must not end")), QStringLiteral("Le Minh Tam"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("not open to renegotiation")), QStringLiteral("Omar Haddad"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("publish its figures")), QStringLiteral("Omar Haddad"));
        QVERIFY(spansHold(x, text));
        // After the quotation: "…," according to X's spokesman, Y (Y's words).
        const QString after = QStringLiteral(
            "Trade Minister Rosa Vega spoke by phone on Monday with Foreign Minister Luis Mamani, but the call "
            "\"went nowhere,\" according to Vega's spokesman, Juan Rios.\n"
            "The talks were \"a first step, no more,\" according to Mamani.\n");
        const Extraction y = extractArticle(after, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(y, after, QStringLiteral("went nowhere")), QStringLiteral("Juan Rios"));
        QCOMPARE(speakerOf(y, after, QStringLiteral("a first step")), QStringLiteral("Luis Mamani"));
    }

    // Hard-wrapped text (a plain-text wire feed, an e-mail): a quotation
    // whose opening and closing marks are on different lines is still one
    // quotation, with its speaker, whether the line breaks mid-sentence or
    // after a stop. A paragraph per line that leaves its quotation open for
    // the next paragraph's opening mark (a quotation running over
    // paragraphs) is not joined to it.
    void quotationsWrappedAcrossLines()
    {
        const QString text = QStringLiteral(
            "Uzbek Energy Minister Jasur Karimov and his Kyrgyz counterpart, Aibek Toktosunov,\n"
            "signed the protocol in Tashkent on Wednesday.\n"
            "\n"
            "\"We will not let cotton fields dry out while turbines sit idle\n"
            "upstream,\" Karimov told reporters after the signing.\n"
            "\n"
            "Toktosunov was more guarded. \u201cThe numbers work for this summer,\u201d he\n"
            "said, \u201cbut nobody should think our reservoir is a bank account.\n"
            "Winter will tell.\u201d\n"
            "\n"
            "Karimov said: \u201cThis is water for light.\n"
            "And light for water.\u201d\n"
            "\n"
            "Toktosunov said: \u201cWe will pay our share.\n"
            "\u201cAnd we will ask others to pay theirs,\u201d he added.\n");
        const Extraction x = extractArticle(text, QDate(2026, 4, 16));
        // The whole quotation, from mark to mark, across the line break.
        const auto quotation = [&](const QString &words) {
            const Statement *s = quotationOf(x, text, words);
            return s ? text.mid(s->text.start, s->text.end - s->text.start) : QString();
        };
        QVERIFY2(quotation(QStringLiteral("cotton fields")).contains(QStringLiteral("upstream")),
                 qPrintable(quotation(QStringLiteral("cotton fields"))));
        QCOMPARE(speakerOf(x, text, QStringLiteral("cotton fields")), QStringLiteral("Jasur Karimov"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The numbers work")), QStringLiteral("Aibek Toktosunov"));
        QVERIFY2(quotation(QStringLiteral("nobody should think")).contains(QStringLiteral("Winter will tell")),
                 qPrintable(quotation(QStringLiteral("nobody should think"))));
        QCOMPARE(speakerOf(x, text, QStringLiteral("nobody should think")), QStringLiteral("Aibek Toktosunov"));
        QVERIFY2(quotation(QStringLiteral("water for light")).contains(QStringLiteral("light for water")),
                 qPrintable(quotation(QStringLiteral("water for light"))));
        QCOMPARE(speakerOf(x, text, QStringLiteral("water for light")), QStringLiteral("Jasur Karimov"));
        // The quotation left open for the next paragraph: not joined to it.
        QVERIFY(!quotation(QStringLiteral("pay our share")).contains(QStringLiteral("ask others")));
        QCOMPARE(speakerOf(x, text, QStringLiteral("ask others")), QStringLiteral("Aibek Toktosunov"));
        QVERIFY(spansHold(x, text));
    }

    // "Arancibia said" after "Paula Arancibia Ortega": the first of two
    // surnames alone is the person (Spanish and Portuguese names), unless
    // two people have that word there.
    void firstOfTwoSurnamesStandsForThePerson()
    {
        const QString text = QStringLiteral(
            "Chilean Trade Minister Paula Arancibia Ortega met Peruvian officials in Lima on Tuesday.\n"
            "\n"
            "\u201cThe port at Arica is open to everyone,\u201d Arancibia said after the meeting.\n"
            "\n"
            "Brazil's envoy, Rodrigo Tavares Lima, and the Bolivian delegate, Ana Tavares Mendes, did not attend.\n"
            "\u201cWe were not invited,\u201d Tavares said.\n");
        const Extraction x = extractArticle(text, QDate(2026, 5, 14));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The port at Arica")), QStringLiteral("Paula Arancibia Ortega"));
        // Two people with "Tavares" there: neither is taken for it.
        const QString unsure = speakerOf(x, text, QStringLiteral("We were not invited"));
        QVERIFY2(unsure != QStringLiteral("Rodrigo Tavares Lima") && unsure != QStringLiteral("Ana Tavares Mendes"),
                 qPrintable(unsure));
        QVERIFY(spansHold(x, text));
    }

    // A wrapped line that begins with a single-quoted word inside a double
    // quotation still open (“… the word we use is\n‘partner’ …”) goes on
    // with that quotation: only a double mark reopens a double quotation
    // for a new paragraph.
    void wrappedLineOpeningAQuoteWithinAQuote()
    {
        const QString text = QStringLiteral(
            "Chilean Trade Minister Paula Arancibia Ortega met Peruvian officials in Lima on\n"
            "Tuesday to discuss copper tariffs and the shared port at Arica.\n"
            "\n"
            "Asked whether the talks had failed, she disagreed. \u201cNobody in this room used\n"
            "the word \u2018failure\u2019 and nobody should. The word we use is\n"
            "\u2018pause\u2019 because that is what it is,\u201d Arancibia Ortega said.\n");
        const Extraction x = extractArticle(text, QDate(2026, 5, 14));
        const Statement *s = quotationOf(x, text, QStringLiteral("Nobody in this room"));
        QVERIFY(s);
        const QString quoted = text.mid(s->text.start, s->text.end - s->text.start);
        QVERIFY2(quoted.contains(QStringLiteral("what it is")), qPrintable(quoted));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Nobody in this room")), QStringLiteral("Paula Arancibia Ortega"));
        QVERIFY(spansHold(x, text));
    }

    // A meeting's days, from the day it closed ("closing a four-day
    // meeting" on Thursday: Monday to Thursday), and a meeting of a day
    // within them that names others is one of its own; a summit the lead
    // reports on a day ("leaders agreed on Sunday … The one-day summit"),
    // that day and the lead's actors, not the day of a meeting held on its
    // sidelines; "the summit hall" is where someone was, no mention of the
    // summit.
    void summitAndMeetingDays()
    {
        const QString closing = QStringLiteral(
            "VICTORIA, April 25 (Test Wire) \u2014 Fishing nations agreed on Thursday to cut the yellowfin catch, "
            "closing a four-day meeting of the Indian Ocean Tuna Commission.\n\n"
            "Seychelles President Anne Laporte opened the meeting on Monday. On Tuesday she met Kenyan Fisheries "
            "Minister Tom Were and Maldivian Fisheries Minister Ali Rasheed.\n");
        const Extraction x = extractArticle(closing, QDate(2025, 4, 25));
        // The four days, and a meeting of its own held on one of them.
        QStringList days;
        for (const Event &e : eventsOf(x, QStringLiteral("meeting")))
            days.append(e.date + QLatin1Char(' ') + QString::number(e.participants.size()));
        days.sort();
        QCOMPARE(days.join(QStringLiteral(", ")), QStringLiteral("2025-04-21/2025-04-24 2, 2025-04-22 3"));
        const QString lead = QStringLiteral(
            "KIGALI, June 9 (Test Wire) \u2014 East African Council leaders agreed on Sunday to build a joint rail "
            "link.\n\n"
            "The one-day summit in Kigali, chaired by Rwandan President Jean Mugisha, followed a meeting of trade "
            "ministers on Friday.\n\n"
            "Mugisha met Tanzanian President Amani Mrisho on the sidelines on Saturday to discuss the line\u2019s "
            "route. According to a Rwandan official, the two men agreed that their ministers would meet in Dodoma "
            "next week.\n\n"
            "Mrisho told reporters as he left the summit hall: \u201cThe line will be built.\u201d\n\n"
            "The summit did not settle a quarrel over fares.\n");
        const Extraction y = extractArticle(lead, QDate(2025, 6, 9));
        const QList<Event> summits = eventsOf(y, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(y).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2025-06-08"));
        // The lead's leaders, and Mugisha who chaired it; not Mrisho of "the summit hall".
        QCOMPARE(namesOf(y, summits.first().participants), QStringLiteral("East African Council, Jean Mugisha"));
        const QList<Event> meetings = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(std::any_of(meetings.cbegin(), meetings.cend(),
                             [](const Event &e) { return e.date == QStringLiteral("2025-06-07") && e.participants.size() == 2; }),
                 eventsSaid(y).constData());
    }

    // One event across its mentions; participants, dates and plans from
    // the words that govern each mention; dates never guessed.
    void eventsAcrossTheirMentions()
    {
        const QString text = QStringLiteral(
            "GENEVA, April 24 (Test Wire) \u2014 Norway and Chile wrapped up two days of talks in Geneva on "
            "Wednesday, officials said on Thursday.\n"
            "Norwegian Foreign Minister Lena Varga met her Chilean counterpart, Piet Olsen, on April 22-23 with "
            "advisers from both sides.\n"
            "\u201cWe made progress,\u201d Varga told reporters after the talks.\n"
            "Varga spoke with Chancellor Ida Brandt by phone on Monday.\n"
            "Special Envoy Mara Lind met Varga on Monday and Olsen on Tuesday.\n"
            "Varga and Olsen are expected to hold a summit in Oslo next month.\n"
            "Olsen and Brandt last met in Vienna; neither side has said when.\n"
            "Lind had asked to meet Brandt twice without an answer.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const auto entity = [&](const QString &label) {
            for (int i = 0; i < x.entities.size(); ++i) {
                if (x.entities[i].label == label)
                    return i;
            }
            return -1;
        };
        const int varga = entity(QStringLiteral("Lena Varga")), olsen = entity(QStringLiteral("Piet Olsen")),
                  brandt = entity(QStringLiteral("Ida Brandt")), lind = entity(QStringLiteral("Mara Lind"));
        QVERIFY(varga >= 0 && olsen >= 0 && brandt >= 0 && lind >= 0);
        const auto events = [&](const QString &type, int who) {
            QList<Event> found;
            for (const Event &e : x.events) {
                if (e.type == type && e.participants.contains(who))
                    found.append(e);
            }
            return found;
        };
        // "two days of talks", "met … on April 22-23", "after the talks": one event.
        const QList<Event> talks = events(QStringLiteral("talks"), varga);
        QCOMPARE(talks.size(), 1);
        QCOMPARE(talks.first().date, QStringLiteral("2025-04-22/2025-04-23"));
        QVERIFY(talks.first().participants.contains(olsen));
        QVERIFY(!talks.first().planned);
        QVERIFY(talks.first().mentions.size() >= 3);
        for (const Span &mention : talks.first().mentions)
            QVERIFY(mention.start >= 0 && mention.end <= text.size() && mention.start < mention.end);
        // A phone call, on the Monday before the article's Thursday.
        const QList<Event> calls = events(QStringLiteral("phone_call"), brandt);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().date, QStringLiteral("2025-04-21"));
        QVERIFY(calls.first().participants.contains(varga));
        // One verb, two meetings on two days.
        QList<Event> lindMet = events(QStringLiteral("meeting"), lind);
        QCOMPARE(lindMet.size(), 2);
        std::sort(lindMet.begin(), lindMet.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(lindMet[0].date, QStringLiteral("2025-04-21"));
        QVERIFY(lindMet[0].participants.contains(varga) && !lindMet[0].participants.contains(olsen));
        QCOMPARE(lindMet[1].date, QStringLiteral("2025-04-22"));
        QVERIFY(lindMet[1].participants.contains(olsen));
        // Planned, in the month to come.
        const QList<Event> summits = events(QStringLiteral("summit"), olsen);
        QCOMPARE(summits.size(), 1);
        QVERIFY(summits.first().planned);
        QCOMPARE(summits.first().date, QStringLiteral("2025-05"));
        // No date given: none guessed.
        const QList<Event> vienna = events(QStringLiteral("meeting"), brandt);
        QCOMPARE(vienna.size(), 1);
        QVERIFY(vienna.first().participants.contains(olsen));
        QCOMPARE(vienna.first().date, QString());
        // "asked to meet": no meeting.
        QVERIFY(!vienna.first().participants.contains(lind));
        // "discussed the port by telephone": no "the" event referred back
        // to, a call of its own, not the one on a day of that week.
        const QString two = QStringLiteral(
            "Late on Monday, after the port reopened, Prime Minister Tove Aas spoke by phone with President Rui "
            "Lopes. Officials said the two had agreed to keep talking.\n"
            "Earlier this week, Foreign Minister Ana Berg and her counterpart, Jon Kask, discussed the port by "
            "telephone.\n");
        const Extraction y = extractArticle(two, QDate(2025, 4, 24));
        const QList<Event> twoCalls = eventsOf(y, QStringLiteral("phone_call"));
        QVERIFY2(twoCalls.size() == 2, eventsSaid(y).constData());
        QCOMPARE(twoCalls[0].date, QStringLiteral("2025-04-21"));
        QCOMPARE(namesOf(y, twoCalls[0].participants), QStringLiteral("Rui Lopes, Tove Aas"));
        QCOMPARE(twoCalls[1].date, QStringLiteral("2025-04-21/2025-04-23")); // "earlier this week"
        QCOMPARE(namesOf(y, twoCalls[1].participants), QStringLiteral("Ana Berg, Jon Kask"));
    }

    // Events the text says may come or will not happen are no events:
    // "ahead of any talks", "a possible summit", "talks … would not be held".
    void eventsThatDidNotHappen()
    {
        const QString text = QStringLiteral(
            "Kenya and Ethiopia held talks in Nairobi on Monday.\n"
            "Kenyan President Otieno Mwangi said Kenya must be in a strong position ahead of any negotiations with "
            "Somalia.\n"
            "Mwangi said negotiations with Somalia would not be held in public.\n"
            "Ethiopian Prime Minister Dawit Bekele ruled out a possible summit with Mwangi in Addis Ababa.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QVERIFY2(x.events.size() == 1, eventsSaid(x));
        QCOMPARE(x.events.first().type, QStringLiteral("talks"));
        QCOMPARE(x.events.first().date, QStringLiteral("2025-04-21"));
    }

    // What an event was about takes no part in it ("to discuss", "about",
    // "over"); a while is no topic ("for about an hour with", "over dinner with").
    void topicsAreNotParticipants()
    {
        const QString text = QStringLiteral(
            "Chilean President Rosa Vidal met Peruvian President Ana Quispe in Lima on Monday to discuss Bolivia's "
            "request for a port.\n"
            "Vidal held talks on Tuesday with Ecuador's foreign minister, Juan Mora, about a loan from the World Bank.\n"
            "Quispe met for about an hour with Colombian President Pablo Rojas on Wednesday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QHash<QString, QStringList> who; // by type
        for (const Event &e : x.events) {
            for (int p : e.participants)
                who[e.type].append(x.entities[p].label);
        }
        QVERIFY2(who.value(QStringLiteral("meeting")).contains(QStringLiteral("Ana Quispe")) &&
                     !who.value(QStringLiteral("meeting")).contains(QStringLiteral("Bolivia")),
                 qPrintable(who.value(QStringLiteral("meeting")).join(u',')));
        QVERIFY2(who.value(QStringLiteral("talks")).contains(QStringLiteral("Juan Mora")) &&
                     !who.value(QStringLiteral("talks")).contains(QStringLiteral("World Bank")),
                 qPrintable(who.value(QStringLiteral("talks")).join(u',')));
        QVERIFY2(who.value(QStringLiteral("phone_call")).contains(QStringLiteral("Pablo Rojas")) ||
                     who.value(QStringLiteral("meeting")).contains(QStringLiteral("Pablo Rojas")),
                 "\"for about an hour with\" keeps who it was with");
    }

    // Firing missiles or rockets is a military action; firing workers is not.
    void missilesFiredAreMilitaryActions()
    {
        const QString text = QStringLiteral(
            "North Korea fired two short-range ballistic missiles into the sea on Tuesday, officials in Seoul said.\n"
            "The shipyard at Okpo fired 300 workers on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QVERIFY2(x.events.size() == 1, eventsSaid(x));
        const Event &fired = x.events.first();
        QCOMPARE(fired.type, QStringLiteral("military_action"));
        QCOMPARE(fired.date, QStringLiteral("2025-04-22"));
        QVERIFY(std::any_of(fired.participants.cbegin(), fired.participants.cend(),
                            [&](int p) { return x.entities[p].label == QStringLiteral("North Korea"); }));
    }

    // "the two leaders agreed that their defence chiefs would meet": the
    // meeting is of the leaders' countries (their officials), not of the
    // leaders themselves.
    void theirOfficialsMeetingForTheirCountries()
    {
        const QString text = QStringLiteral(
            "Chilean President Rosa Vega met Bolivian President Luis Mamani in Arica on Saturday. According to an "
            "official, the two leaders agreed that their defence chiefs would meet in La Paz next week.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QList<Event> planned;
        for (const Event &e : eventsOf(x, QStringLiteral("meeting"))) {
            if (e.planned)
                planned.append(e);
        }
        QVERIFY2(planned.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, planned.first().participants), QStringLiteral("Bolivia, Chile"));
    }

    // "accused Peru on Wednesday …, a day after a round of talks … ended":
    // the talks are of the day before the date the sentence gives; "the
    // talks, held on Monday and Tuesday" after it are those talks.
    void aDayAfterTheEvent()
    {
        const QString text = QStringLiteral(
            "Chile accused Peru on Wednesday of dumping steel, a day after a round of talks between the two "
            "countries in Geneva ended without agreement.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-04-22"));
        // Then "The talks, held on Monday and Tuesday": the same talks, on
        // the days that hold that day.
        const QString more = text + QStringLiteral(
            "The talks, held on Monday and Tuesday, were led by Chilean Trade Minister Rosa Vega and Peruvian Trade "
            "Minister Luis Mamani.\n");
        const Extraction y = extractArticle(more, QDate(2025, 4, 24));
        const QList<Event> both = eventsOf(y, QStringLiteral("talks"));
        QVERIFY2(both.size() == 1, eventsSaid(y).constData());
        QCOMPARE(both.first().date, QStringLiteral("2025-04-21/2025-04-22"));
        // "a day after the talks … ended" still reports the talks (their day
        // is not read from it yet).
        const QString ended = QStringLiteral(
            "Chile accused Peru on Wednesday of dumping steel, a day after the talks between the two countries "
            "in Geneva ended without agreement.\n");
        const Extraction e = extractArticle(ended, QDate(2025, 4, 24));
        const QList<Event> geneva = eventsOf(e, QStringLiteral("talks"));
        QVERIFY2(geneva.size() == 1, eventsSaid(e).constData());
        // "flew over the salt flats … the day after the ministerial": a
        // visit (a tour by air), a day after the ministerial's day (not
        // stated), and no mention of the ministerial with its people.
        const QString after = QStringLiteral(
            "Energy ministers of Chile, Peru and Bolivia met in Arica on Tuesday to agree on a lithium code.\n\n"
            "Chilean Energy Minister Rosa Vega then flew over the salt flats of the Atacama desert the day after "
            "the ministerial, accompanied by the regional governor, Luis Mamani.\n");
        const Extraction z = extractArticle(after, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(z, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(z).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-04-23"));
        QVERIFY(!visits.first().dateStated);
        QCOMPARE(namesOf(z, visits.first().participants), QStringLiteral("Luis Mamani, Rosa Vega"));
        const QList<Event> ministerials = eventsOf(z, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(z).constData());
        QVERIFY2(!namesOf(z, ministerials.first().participants).contains(QLatin1String("Mamani")),
                 eventsSaid(z).constData());
        // "will meet in Arica the day before the summit to sign …": the
        // summit told before keeps its day; the meeting is a day earlier.
        const QString before = QStringLiteral(
            "The Chilean president and the Peruvian president will hold a summit in Arica on May 20.\n"
            "Rosa Vega and Luis Mamani will meet in Arica the day before the summit to sign a water accord.\n");
        const Extraction w = extractArticle(before, QDate(2025, 4, 24));
        const QList<Event> summits = eventsOf(w, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(w).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2025-05-20"));
        QCOMPARE(namesOf(w, summits.first().participants), QStringLiteral("Chile, Peru"));
        const QList<Event> eve = eventsOf(w, QStringLiteral("meeting"));
        QVERIFY2(eve.size() == 1, eventsSaid(w).constData());
        QCOMPARE(eve.first().date, QStringLiteral("2025-05-19"));
        QVERIFY(!eve.first().dateStated);
    }

    // "will meet Guatemalan President Sofia Herrera": a country's demonym
    // the aliases do not list ("Guatemala" + "n", "Chad" + "ian") qualifies
    // a title, so the words after "meet" are someone, of that country.
    void meetingSomeoneOfADerivedDemonym()
    {
        const QString text = QStringLiteral(
            "Panamanian President Eduardo Arosemena told reporters on Tuesday that he was open to talks. He will meet "
            "Guatemalan President Sofia Herrera in Guatemala City next week.\n");
        const Extraction x = extractArticle(text, QDate(2026, 9, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-09-28/2026-10-04"));
        QVERIFY(meetings.first().planned);
        QCOMPARE(meetings.first().participants.size(), 2);
        // "Chadian" from "Chad": a country's name and "ian".
        const QString chad = QStringLiteral(
            "Nigerian President Ada Obi met Chadian President Idriss Kebir on Saturday. The two leaders agreed that "
            "their defence chiefs would meet in Abuja next week.\n");
        const Extraction y = extractArticle(chad, QDate(2026, 9, 24));
        QStringList who;
        for (const Event &e : eventsOf(y, QStringLiteral("meeting"))) {
            if (e.planned) {
                for (int p : e.participants)
                    who.append(y.entities[p].label);
            }
        }
        who.sort();
        QCOMPARE(who.join(QStringLiteral(", ")), QStringLiteral("Chad, Nigeria"));
    }

    // Another word for talks: "consultations" (as at the WTO), on the days
    // the text gives ("held on Monday and Tuesday"), led by whom it says.
    void consultationsAreTalks()
    {
        const QString text = QStringLiteral(
            "The consultations, held on Monday and Tuesday, were led by Peruvian Trade Minister Rosa Vega and "
            "Bolivia's Trade Minister, Luis Mamani.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-04-21/2025-04-22"));
        QCOMPARE(talks.first().participants.size(), 2);
    }

    // "Finance ministers of the Andean Development Council will meet": a
    // bloc's ministers meeting, named after them, is a ministerial too.
    void ministersOfABlocMeeting()
    {
        const QString text = QStringLiteral(
            "Finance ministers of the Andean Development Council will meet in Quito in October to draft the rules.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-10"));
        QVERIFY(ministerials.first().planned);
    }

    // "with engineers from Tindra Hydro", "the board of Saltfjell Kraft":
    // the company whose people take part takes part, and is no place.
    void organisationsWhosePeopleTakePart()
    {
        const QString text = QStringLiteral(
            "Norwegian Energy Minister Lars Holm visited the Volda dam on Monday with engineers from Tindra Hydro.\n"
            "Holm met the board of Saltfjell Kraft in Bergen on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Lars Holm, Tindra Hydro"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Lars Holm, Saltfjell Kraft"));
    }

    // "will meet the heads of Volta Cocoa Traders": meeting the people
    // of a company is meeting someone, and the company takes part.
    void meetingTheHeadsOfACompany()
    {
        const QString text = QStringLiteral(
            "Ghanaian Trade Minister Ama Owusu will meet the heads of Volta Cocoa Traders in Tema on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-04-25"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ama Owusu, Volta Cocoa Traders"));
    }

    // A visit's participants and the day of the meeting that follows it
    // (a trip to meet someone: see aTripToMeetSomeoneIsTheMeeting).
    void aVisitToMeetSomeone()
    {
        // "visited the Quiroga family home": a name before "family" is the
        // family's, whose home is the place; its one named before takes no part.
        const QString family = QStringLiteral(
            "Former minister Pablo Quiroga died on Sunday in Sucre.\n\n"
            "On Tuesday, President Ana Lopez visited the Quiroga family home to offer her condolences.\n");
        const Extraction y = extractArticle(family, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(y, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, visits.first().participants), QStringLiteral("Ana Lopez"));
        // "visited Lusaka on Monday and met the board of Kafue Mills": the
        // meeting joined to the visit by "and" was held that day.
        const QString joined = QStringLiteral(
            "Trade Minister Kojo Mensah visited Lusaka on Monday and met the board of Kafue Mills.\n");
        const Extraction z = extractArticle(joined, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(z, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(z).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-04-21"));
    }

    // "at a dinner in Bergen": a dinner with someone is a meeting with
    // them; "spoke over dinner" is no second one.
    void aDinnerIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Swedish Trade Minister Mara Lind and Spanish Trade Minister Tomas Ruiz agreed the outline at a dinner "
            "in Bergen in March. They met again over dinner in Madrid on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-03"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Mara Lind, Tomas Ruiz"));
        QCOMPARE(meetings.last().date, QStringLiteral("2025-04-21"));
    }

    // "at an OSCE expert group session in Vienna": a session of an
    // organisation is a meeting of it; "the closing session" is none.
    void aSessionOfAnOrganisationIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Norwegian Energy Minister Kari Dahl told the closing session that the grid would be ready in May.\n\n"
            "The idea was first tabled at an OSCE expert group session in Vienna, and delegates in Oslo could not "
            "agree on when that session took place.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("OSCE"));
        QVERIFY(meetings.first().date.isEmpty());
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        // "The LTWB held its first session in 2003": so is one an
        // organisation holds, dated by the year in its sentence.
        const QString held = QStringLiteral(
            "In 2002 the two ministers agreed to set up the Lake Tana Water Board (LTWB).\n\n"
            "The LTWB held its first session in Bahir Dar in 2003.\n");
        const Extraction y = extractArticle(held, QDate(2025, 4, 24));
        const QList<Event> sessions = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(sessions.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, sessions.first().participants), QStringLiteral("Lake Tana Water Board"));
        QCOMPARE(sessions.first().date, QStringLiteral("2003"));
    }

    // "She became trade minister in 2009. That year she met …": "that year"
    // is the year the sentence before names, inferred; none without one.
    void thatYearIsTheYearOfTheSentenceBefore()
    {
        const QString text = QStringLiteral(
            "Rosa Vega became Peru's fisheries minister in 2009, when trawlers were being seized every month. "
            "That year Vega travelled to Quito and met her Ecuadorean counterpart, Luis Mora, for talks.\n\n"
            "That year was hard, Mora said later.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QVERIFY2(!x.events.isEmpty(), eventsSaid(x).constData());
        const Event &e = x.events.first();
        QCOMPARE(e.date, QStringLiteral("2009"));
        QVERIFY(!e.dateStated);
        QCOMPARE(namesOf(x, e.participants), QStringLiteral("Luis Mora, Rosa Vega"));
    }

    // "The council's energy ministers are due to meet": the bloc named
    // before by its last word holds a ministerial; not a meeting of the
    // people named before.
    void ministersOfABlocNamedBefore()
    {
        const QString text = QStringLiteral(
            "Leaders of the Andean Development Council met in Quito on Tuesday. Peruvian President Rosa Vega and "
            "Bolivian President Luis Mamani backed the plan.\n"
            "The council's energy ministers are due to meet in Lima in June to draft the rules.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-06"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Andean Development Council"));
    }

    // A headline names the event the body reports: its words join that
    // event's evidence instead of making a second event.
    void headlineJoinsTheBodysEvent()
    {
        const auto describe = [](const Extraction &x) {
            QStringList lines;
            for (const Event &e : x.events)
                lines.append(e.type + QLatin1Char(' ') + e.date + QLatin1Char(' ') + e.label);
            return lines.join(QStringLiteral("; "));
        };
        // The same people: one meeting, dated by the body, with the headline among its mentions.
        const QString text = QStringLiteral(
            "Sousa meets Ortega in Madrid as fishing row cools\n"
            "\n"
            "MADRID, May 7 (Test Wire) \u2014 Portuguese Prime Minister Ana Sousa met Spanish Prime Minister "
            "Luis Ortega in Madrid on Tuesday to settle a dispute over fishing quotas.\n"
            "\u201cWe found a way forward,\u201d Sousa told reporters after the meeting.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 7));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, qPrintable(describe(x)));
        const Event &meeting = meetings.first();
        QCOMPARE(meeting.date, QStringLiteral("2025-05-06"));
        const qsizetype headlineEnd = text.indexOf(QLatin1Char('\n'));
        QVERIFY2(meeting.evidence.start > headlineEnd, "the body's words stay the event's first evidence");
        QVERIFY2(std::any_of(meeting.mentions.cbegin(), meeting.mentions.cend(),
                             [&](const Span &m) {
                                 return m.end <= headlineEnd &&
                                        text.mid(m.start, m.end - m.start) == QStringLiteral("meets");
                             }),
                 "the headline's words are among its evidence");
        // A headline that names the actor by a description ("Kenyan leader"):
        // the body's only visit is the one it means.
        const QString visit = QStringLiteral(
            "Port talks stall as Kenyan leader visits Kampala\n"
            "KAMPALA, June 12 \u2014 Uganda and Tanzania failed on Wednesday to agree on fees for the new "
            "lake port at Bukasa.\n"
            "Kenyan President Otieno Mwangi arrived in Kampala on Thursday for a two-day state visit.\n");
        const Extraction y = extractArticle(visit, QDate(2025, 6, 12));
        const QList<Event> visits = eventsOf(y, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, qPrintable(describe(y)));
        QVERIFY(visits.first().mentions.size() >= 2);
        QVERIFY(visits.first().evidence.start > visit.indexOf(QLatin1Char('\n')));
        // A headline event the body does not report stays an event.
        const QString alone = QStringLiteral(
            "Lind to visit Oslo next week\n"
            "STOCKHOLM \u2014 Swedish Foreign Minister Mara Lind said on Monday that the Nordic states must share "
            "more radar data.\n");
        const Extraction z = extractArticle(alone, QDate(2025, 6, 12));
        QCOMPARE(eventsOf(z, QStringLiteral("visit")).size(), 1);
    }

    // "warned of a 'quota grab'", "what he calls 'phantom workers'", "what
    // bankers call a 'bond cartel'": a few quoted words right after a verb
    // of naming (its object the quoted words, or "a" and them) or after
    // "of a" are the writer's scare quotes; "would face a 'slow death'"
    // stays a quotation.
    void scareQuotesAfterOfAOrANamingVerb()
    {
        const QString text = QStringLiteral(
            "Danish Fisheries Minister Mette Holm warned of a 'quota grab' by the larger fleets.\n\n"
            "Labour Minister Karl Berg said the payroll must first be cleared of what he calls 'phantom workers'.\n\n"
            "Finance Minister Ana Costa rejected what traders in Porto call a 'bond cartel' on Monday.\n\n"
            "Holm said the small harbours would face a 'slow death'.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("quota grab")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("phantom workers")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("bond cartel")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("slow death")), QStringLiteral("Mette Holm"));
    }

    // "Vesta describes its use of temps as 'agile hiring'": what something
    // is described as is the subject's term for it, not words it said.
    void scareQuotesAfterDescribedAs()
    {
        const QString text = QStringLiteral(
            "Packers at the Vesta Foods plant in Aarhus stayed out on Monday.\n\n"
            "Vesta describes its use of temps as 'agile hiring', and the union says the temps earn a third less.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("agile hiring")), QStringLiteral("(not a statement)"));
        // "have often described the switch from oil to wind as a “fresh start”":
        // "as a" between, a few words after the verb.
        const QString asA = QStringLiteral(
            "\u201cWe need the jobs,\u201d Mayor Ole Dahl said.\n\n"
            "Cabinet ministers have often described the switch from oil to wind as a \u201cfresh start\u201d for "
            "the coast. Fishermen disagree.\n");
        const Extraction y = extractArticle(asA, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(y, asA, QStringLiteral("fresh start")), QStringLiteral("(not a statement)"));
    }

    // "…," union leader Maria Lopes told reporters: a lower-case title
    // between the quotation and the name; the quotation after it goes on
    // with her words.
    void lowerCaseTitleBeforeTheSpeakerAfterTheQuotation()
    {
        const QString text = QStringLiteral(
            "Dock workers in Setubal walked out on Monday.\n\n"
            "\u201cWe will not unload a single ship until the pay is settled,\u201d union leader Maria Lopes told "
            "reporters outside the port. \u201cThe owners know where to find us.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("single ship")), QStringLiteral("Maria Lopes"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("know where to find us")), QStringLiteral("Maria Lopes"));
        QVERIFY(spansHold(x, text));
    }

    // "…at an earlier meeting with Danish officials in Oslo, Holm said,
    // without saying when": the one who reports the meeting, between
    // commas, is no participant.
    void reporterBetweenCommasIsNoParticipant()
    {
        const QString text = QStringLiteral(
            "Norwegian Fisheries Minister Kari Holm opened the new harbour in Tromso on Monday.\n\n"
            "Norway first raised its concerns at an earlier meeting with Danish officials in Oslo, Holm said, "
            "without saying when it took place.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QVERIFY2(!namesOf(x, meetings.first().participants).contains(QStringLiteral("Kari Holm")),
                 qPrintable(namesOf(x, meetings.first().participants)));
        // "Holm said the idea was first raised at a meeting with Danish
        // officials": nobody else in the clause, the teller was the other side.
        const QString teller = QStringLiteral(
            "Norwegian Fisheries Minister Kari Holm opened the new harbour in Tromso on Monday.\n\n"
            "Holm said the quota idea was first raised at a meeting with Danish officials in Bergen, in a year "
            "she could no longer recall.\n");
        const Extraction y = extractArticle(teller, QDate(2025, 4, 24));
        const QList<Event> raised = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(raised.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, raised.first().participants), QStringLiteral("Denmark, Kari Holm"));
        QVERIFY(raised.first().date.isEmpty());
    }

    // "Energy Minister Omar al-Fayez": a lower-case particle joined by a
    // hyphen is part of the name; "Al-Fayez met …" and "…," al-Fayez said
    // are that person.
    void namesWithALowerCaseParticle()
    {
        const QString text = QStringLiteral(
            "Jordanian Energy Minister Omar al-Fayez opened the new pumping station near Aqaba on Sunday.\n\n"
            "Al-Fayez met Egyptian Energy Minister Karim Naguib in Cairo last week to discuss a power line.\n\n"
            "\u201cThe line will pay for itself within ten years,\u201d al-Fayez said, \u201cand both grids "
            "will be safer for it.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QStringList people;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
        }
        people.sort();
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Karim Naguib, Omar al-Fayez"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("pay for itself")), QStringLiteral("Omar al-Fayez"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("both grids")), QStringLiteral("Omar al-Fayez"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Karim Naguib, Omar al-Fayez"));
    }

    // "on its side of the Strait, which Oman fears …": a name ending in a
    // word of places is a place, whatever "which" follows.
    void aPlaceBeforeWhichIsNoOrganisation()
    {
        const QString text = QStringLiteral(
            "Omani Transport Minister Salim Hinai spoke on Monday about a port Iran plans on its side of the "
            "Strait, which Oman fears will crowd the shipping lanes.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        for (const Entity &e : x.entities)
            QVERIFY2(!(e.kind == NodeKind::Organization && e.label == QStringLiteral("Strait")), "the Strait is no organisation");
    }

    // "The authority will hold a second round of talks …": "the" and the
    // last word of an organisation named before, opening the sentence, is
    // that organisation, and it takes part.
    void theOrganisationNamedBeforeHoldsTheEvent()
    {
        const QString text = QStringLiteral(
            "LIMA, June 16 (Andes Wire) - Peru's Water Authority and the leaders of the farmers' unions failed on "
            "Wednesday to agree on a quota for the dry season.\n\n"
            "The authority will hold a second round of talks with the unions in Lima on June 20-21.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-06-20/2025-06-21"));
        QVERIFY(talks.first().planned);
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Water Authority"));
        // "at a meeting with the commission in 2031": the organisation named
        // before whose name begins (or ends) with that word.
        const QString with = QStringLiteral(
            "The Board for Fishing Licences (BFL) refused the permit in March.\n\n"
            "Boat owner Rosa Vega said she had tried to settle the matter at a meeting with the board in 2023.\n");
        const Extraction y = extractArticle(with, QDate(2025, 6, 16));
        const QList<Event> meetings = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(y).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2023"));
        QVERIFY(meetings.first().dateStated);
        QCOMPARE(namesOf(y, meetings.first().participants), QStringLiteral("Board for Fishing Licences, Rosa Vega"));
        // "talks between the union, the ministry and Vela Shipping": so does
        // each organisation so named in a list after "between".
        const QString between = QStringLiteral(
            "Members of the Coastal Seafarers' Union walked out in May over the Ministry of Shipping's plan.\n\n"
            "Talks between the union, the ministry and Vela Shipping will resume in Valparaiso next week.\n");
        const Extraction z = extractArticle(between, QDate(2025, 6, 16));
        const QList<Event> resumed = eventsOf(z, QStringLiteral("talks"));
        QVERIFY2(resumed.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, resumed.first().participants),
                 QStringLiteral("Coastal Seafarers' Union, Ministry of Shipping, Vela Shipping"));
        // "a union delegation led by Rojas met …": so does the one whose
        // delegation it is.
        const QString delegation = QStringLiteral(
            "Members of the Coastal Seafarers' Union walked out in May.\n\n"
            "On May 20, a union delegation led by Ana Rojas met Shipping Minister Luis Prado in Santiago.\n");
        const Extraction v = extractArticle(delegation, QDate(2025, 6, 16));
        const QList<Event> met = eventsOf(v, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 1, eventsSaid(v).constData());
        QCOMPARE(namesOf(v, met.first().participants), QStringLiteral("Ana Rojas, Coastal Seafarers' Union, Luis Prado"));
    }

    // "are expected to arrive in Accra on July 10": a visit to come, of
    // the Commonwealth's observers.
    void dueToArriveIsAVisitToCome()
    {
        const QString text = QStringLiteral(
            "ACCRA, June 16 (Coast Wire) - Ghana's Electoral Commission said on Monday the vote would go ahead.\n\n"
            "Commonwealth observers led by former Kenyan minister Amina Odhiambo are expected to arrive in Accra on "
            "July 10.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-07-10"));
        QVERIFY(visits.first().planned);
        QVERIFY2(namesOf(x, visits.first().participants).contains(QStringLiteral("Commonwealth")),
                 qPrintable(namesOf(x, visits.first().participants)));
    }

    // "the early election called by President Rosa Vega last month": when
    // it was called, and by whom, is no election held; "election
    // observers" are none either; nor is "told her the election …" hers.
    void anElectionCalledIsNoElectionHeld()
    {
        const QString text = QStringLiteral(
            "LIMA, June 16 (Andes Wire) - Peru's Electoral Board and the parties failed on Wednesday to agree on a "
            "date for the early general election called by President Rosa Vega last month.\n\n"
            "Election observers from Chile will follow the count.\n\n"
            "Vega met Chilean Foreign Minister Ana Soto in Lima last week, and she told her the election would not "
            "delay a trade accord.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        for (const Event &e : eventsOf(x, QStringLiteral("other"))) {
            QVERIFY2(e.date != QStringLiteral("2025-05"), eventsSaid(x).constData());
            QVERIFY2(e.participants.isEmpty(), eventsSaid(x).constData());
        }
    }

    // "the five Andean Community states agreed": "states" before a verb is
    // a plural noun, not a speech verb whose subject would only report
    // the summit.
    void statesBeforeAVerbIsANoun()
    {
        const QString text = QStringLiteral(
            "LIMA, Peru \u2014 Leaders of the five Andean Community states agreed on Friday to open their borders to "
            "trucks, closing a two-day summit in Lima.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2025-06-12/2025-06-13"));
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Andean Community"));
    }

    // "a meeting of the foreign ministers on Wednesday that prepared the
    // summit": the summit is only named; the ministers' meeting is the
    // event, and "the bloc's" ministers are of the organisation named before.
    void aMeetingThatPreparedTheSummit()
    {
        const QString text = QStringLiteral(
            "LIMA, Peru \u2014 Leaders of the Andean Community agreed on Friday to open their borders to trucks, "
            "closing a two-day summit in Lima.\n\n"
            "Peruvian Foreign Minister Ana Soto chaired a meeting of the bloc's foreign ministers on Wednesday that "
            "prepared the summit.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2025-06-12/2025-06-13"));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-06-11"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Ana Soto, Andean Community"));
    }

    // "The community's transport ministers had first discussed the plan in
    // Quito on May 14": ministers of a bloc discussing met, a ministerial;
    // a president who "discussed the plan with" someone is no event of it.
    void ministersOfABlocDiscussing()
    {
        const QString text = QStringLiteral(
            "Leaders of the Andean Community agreed on Friday to open their borders to trucks.\n\n"
            "The community's transport ministers had first discussed the plan in Quito on May 14, when Ecuador "
            "offered to pay for the road.\n\n"
            "Bolivian President Luis Mamani discussed the plan with Ecuador.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-05-14"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Andean Community"));
        QVERIFY2(eventsOf(x, QStringLiteral("meeting")).isEmpty(), eventsSaid(x).constData());
    }

    // "The foreign ministers will meet again in Bogota in September": with
    // no one named, the ministers of the organisation whose ministers met
    // last.
    void theMinistersMeetingAgain()
    {
        const QString text = QStringLiteral(
            "Peruvian Foreign Minister Ana Soto chaired a meeting of Andean Community foreign ministers in Lima on "
            "Wednesday.\n\n"
            "The foreign ministers will meet again in Bogota in September to draft the rules.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 2, eventsSaid(x).constData());
        QCOMPARE(ministerials.last().date, QStringLiteral("2025-09"));
        QVERIFY(ministerials.last().planned);
        QCOMPARE(namesOf(x, ministerials.last().participants), QStringLiteral("Andean Community"));
        // Ministers of countries listed, no bloc: "The ministers will meet
        // again" in a later paragraph is another ministerial of theirs.
        const QString listed = QStringLiteral(
            "Energy ministers from Chile, Peru and Bolivia met in Arica last week to share out the grid's costs.\n\n"
            "Power cuts in the north went on.\n\n"
            "The ministers will meet again in Tacna in October to sign the deal.\n");
        const Extraction y = extractArticle(listed, QDate(2025, 6, 16));
        const QList<Event> again = eventsOf(y, QStringLiteral("ministerial"));
        QVERIFY2(again.size() == 2, eventsSaid(y).constData());
        QCOMPARE(again.last().date, QStringLiteral("2025-10"));
        QVERIFY(again.last().planned);
        QCOMPARE(namesOf(y, again.last().participants), QStringLiteral("Bolivia, Chile, Peru"));
    }

    // "The two sides will meet again next week, according to a statement
    // from the Harbour Mediation Office": the one whose word it is, however
    // long its name, takes no part; those who meet again are the parties
    // of the talks before, in another round of talks (CONVENTIONS.md
    // [type]: a follow-up keeps its type).
    void whoseWordItIsTakesNoPart()
    {
        const QString text = QStringLiteral(
            "Talks between Luka Terminals and the Koper Pilots' Union ended on Thursday without a deal.\n\n"
            "The two sides will meet again next week, according to a statement from the Harbour Mediation "
            "Office.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QList<Event> again = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(again.size() == 2, eventsSaid(x).constData());
        again.removeFirst();
        QVERIFY(again.first().planned);
        QCOMPARE(again.first().date, QStringLiteral("2025-05-12/2025-05-18"));
        QCOMPARE(namesOf(x, again.first().participants), QStringLiteral("Koper Pilots' Union, Luka Terminals"));
        // "X, who hosted the talks, said the Y would …": what the speech verb
        // after the aside's comma reports takes no part.
        const QString aside = QStringLiteral(
            "Fisheries ministers from Norway, Iceland and Denmark held talks in Tromso on Monday.\n\n"
            "Norwegian Fisheries Minister Nils Dahl, who hosted the talks, said the Arctic Survey Agency would "
            "count the cod in June.\n");
        const Extraction y = extractArticle(aside, QDate(2025, 5, 9));
        for (const Event &e : y.events)
            QVERIFY2(!namesOf(y, e.participants).contains(QLatin1String("Arctic Survey Agency")), eventsSaid(y).constData());
    }

    // "a meeting of the two interior ministers in Narva on Monday. Estonia's
    // Interior Minister X and Latvian Interior Minister Y worked …":
    // ministers counted are so many people meeting, a meeting, not a
    // ministerial; none named before, those of that title named in the
    // next sentence.
    void aMeetingOfTheMinistersNamedNext()
    {
        const QString text = QStringLiteral(
            "Border guards began to patrol the river together on Friday.\n\n"
            "The treaty was drafted at a meeting of the two interior ministers in Narva on Monday. Estonia's "
            "Interior Minister Kalle Tamm and Latvian Interior Minister Ilze Berzina worked through the night on "
            "it.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QVERIFY2(eventsOf(x, QStringLiteral("ministerial")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-05-05"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ilze Berzina, Kalle Tamm"));
    }

    // "The talks came a day after X visited Narvik": the words after "a
    // day after" are the visit's clause, its subject who visits, and it is
    // a day before the talks; "met X during her visit": the visit's day.
    void anEventDatedByAnotherOfItsSentence()
    {
        const QString text = QStringLiteral(
            "The Nordbane Rail Company and the Arctic Drivers' Union held talks in Tromso on Thursday.\n\n"
            "The talks came a day after European Transport Commissioner Anna Lind visited Narvik. She rode the "
            "ore line to the border.\n\n"
            "Ole Berg, who heads the drivers' union, met Lind during her visit and handed her a petition.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Arctic Drivers' Union, Nordbane Rail Company"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-05-07"));
        QVERIFY(!visits.first().dateStated);
        // "during her visit" refers to it: who met her there did not visit.
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Anna Lind"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-05-07"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Anna Lind, Ole Berg"));
    }

    // "was ready to resume talks with the association on Thursday": talks
    // to be held again on a day given (no talks in general, to come), with
    // the organisation named before by the last word of its name.
    void talksResumedWithTheOrganisationNamedBefore()
    {
        const QString text = QStringLiteral(
            "DAKAR, May 7 (Sahel Wire) - Cranes stood still at the port on Wednesday.\n\n"
            "The Dakar Dockers Association wants more pay for night shifts. The Senegal Ports Authority has "
            "refused.\n\n"
            "Awa Ndiaye said the authority had offered a bonus and was ready to resume talks with the association "
            "on Thursday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 7));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(talks.first().planned);
        QCOMPARE(talks.first().date, QStringLiteral("2025-05-08"));
        QVERIFY2(namesOf(x, talks.first().participants).contains(QLatin1String("Dakar Dockers Association")),
                 eventsSaid(x).constData());
        // In the words she told, "the authority" is the other party; she
        // only tells of it.
        QCOMPARE(namesOf(x, talks.first().participants),
                 QStringLiteral("Dakar Dockers Association, Senegal Ports Authority"));
        // Still none: "ready to talks", "ready to resume talks" with no day.
        const QString open = QStringLiteral("The Senegal Ports Authority said it was ready to resume talks.\n");
        QVERIFY(eventsOf(extractArticle(open, QDate(2025, 5, 7)), QStringLiteral("talks")).isEmpty());
    }

    // "the chief executive of the Fiji Ports Authority": the country that
    // begins an organisation's name takes no part of its own.
    void aCountryBeginningAnOrganisationsNameTakesNoPart()
    {
        const QString text = QStringLiteral(
            "Works Minister Jone Nata met Ana Vere, the chief executive of the Fiji Ports Authority, on Tuesday "
            "to discuss the cranes.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ana Vere, Fiji Ports Authority, Jone Nata"));
    }

    // "spoke by telephone to settle the details of a state visit by the
    // Chilean leader to Lima": who comes after "by" visits, not those who
    // settle it.
    void aVisitBySomeone()
    {
        const QString text = QStringLiteral(
            "Chilean President Ana Soto met Peruvian President Luis Vega in Arica on Monday.\n\n"
            "Vega and Soto spoke by telephone on Wednesday to settle the details of a state visit by the Chilean "
            "leader to Lima in June, the Peruvian presidency said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Ana Soto"));
        QCOMPARE(visits.first().date, QStringLiteral("2025-06"));
    }

    // "at a meeting with Ugandan officials": a demonym before "officials",
    // "negotiators", "diplomats" … is their country, which takes part.
    void officialsOfADemonymAreTheirCountry()
    {
        const QString text = QStringLiteral(
            "Kenya raised its concerns at a meeting with Ugandan officials in Kampala on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Kenya, Uganda"));
        // "The Greek prime minister and the Turkish president", unnamed: their countries.
        const QString heads = QStringLiteral(
            "The Kenyan president and the Ugandan prime minister will hold a summit in Jinja on July 3.\n");
        const Extraction y = extractArticle(heads, QDate(2025, 6, 16));
        const QList<Event> summits = eventsOf(y, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, summits.first().participants), QStringLiteral("Kenya, Uganda"));
    }

    // "she had invited Berg to Bergen for talks on May 3-4": who invites
    // takes part in the talks.
    void whoInvitesTakesPart()
    {
        const QString text = QStringLiteral(
            "Norwegian Trade Minister Kari Holm met Swedish Trade Minister Lars Berg in Oslo on Monday.\n\n"
            "Holm said she had invited Berg to Bergen for talks on May 3-4 on the fishing quotas.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-05-03/2025-05-04"));
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Kari Holm, Lars Berg"));
    }

    // "spoke by phone with Berg on Tuesday and asked for Denmark to be
    // given a seat": what the second verb asks for is not in the call.
    void aSecondVerbEndsTheEventsObjects()
    {
        const QString text = QStringLiteral(
            "Energy Minister Mette Holm spoke by phone with Kari Berg on Tuesday and asked for Denmark to be "
            "given a seat on the board.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Kari Berg, Mette Holm"));
    }

    // CONVENTIONS.md [trip]: "is due to visit Doha on Dec. 19 to press X":
    // a trip made to a person named is a meeting with them, no visit.
    void aVisitToPressSomeone()
    {
        const QString text = QStringLiteral(
            "Omani Foreign Minister Salim Hinai is due to visit Doha on Dec. 19 to press Qatari Prime Minister "
            "Khalid Thani on the pricing body.\n");
        const Extraction x = extractArticle(text, QDate(2025, 12, 10));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("meeting"));
        QCOMPARE(x.events.first().date, QStringLiteral("2025-12-19"));
        QVERIFY(x.events.first().planned);
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Khalid Thani, Salim Hinai"));
    }

    // "he told reporters as the summit ended": who speaks while the
    // summit is on is at it, and "the summit" is the summit named before,
    // not the ministers' meeting named since.
    void whoSpeaksAsTheSummitEndsIsThere()
    {
        const QString text = QStringLiteral(
            "LIMA, Peru \u2014 Leaders of the Andean Community agreed on Friday to open their borders to trucks, "
            "closing a two-day summit in Lima.\n\n"
            "Peruvian Foreign Minister Ana Soto chaired a meeting of the bloc's foreign ministers on Wednesday that "
            "prepared the summit.\n\n"
            "Bolivian President Luis Mamani said his country would build its share of the road. \u201cWe will pay "
            "for our part,\u201d he told reporters as the summit ended.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 16));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Andean Community, Luis Mamani"));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Ana Soto, Andean Community"));
    }

    // "the Kestrel Cable Syndicate (KCS)": a name followed by its initials
    // in parentheses is an organisation's, whatever its words.
    void aNameBeforeItsInitialsIsAnOrganisation()
    {
        const QString text = QStringLiteral(
            "The cable will be laid by the Kestrel Cable Syndicate (KCS), a venture of three grid operators.\n\n"
            "Energy Minister Lina Varga said KCS would start work in April.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Lina Varga"));
        QVERIFY(std::any_of(x.entities.cbegin(), x.entities.cend(), [](const Entity &e) {
            return e.kind == NodeKind::Organization && e.label == QLatin1String("Kestrel Cable Syndicate");
        }));
        QVERIFY(spansHold(x, text));
        // "the KRB" paragraphs before "the Kagera River Basin Board (KRB)":
        // the acronym used before its definition is that organisation, once
        // defined, not one of its own.
        const QString early = QStringLiteral(
            "To river engineers, Okoth was the man behind the KRB, the body through which Uganda and Tanzania "
            "share the water.\n\n"
            "In 2001 Okoth left Kampala with the outline of the Kagera River Basin Board (KRB).\n\n"
            "The KRB held its first session in Bukoba in 2002.\n");
        const Extraction y = extractArticle(early, QDate(2025, 4, 24));
        QStringList organizations;
        for (const Entity &e : y.entities) {
            if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        QCOMPARE(organizations.join(QStringLiteral(", ")), QStringLiteral("Kagera River Basin Board"));
        for (const Entity &e : y.entities) {
            if (e.kind == NodeKind::Organization)
                QCOMPARE(e.mentions.first().start, early.indexOf(QLatin1String("KRB")));
        }
        const QList<Event> sessions = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(sessions.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, sessions.first().participants), QStringLiteral("Kagera River Basin Board"));
        QVERIFY(spansHold(y, early));
    }

    // Posters titled \u201cFair Milk, Fair Price\u201d: a title after "titled",
    // "called" … with a comma inside is still a title, and its words no one.
    void aQuotedTitleWithACommaNamesNoOne()
    {
        const QString text = QStringLiteral(
            "Dairy farmers marched in Cork on Monday. Posters titled \u201cFair Milk, Fair Price\u201d were "
            "pinned to every gate.\n\n"
            "Agriculture Minister Sean Walsh said he would meet them.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Sean Walsh"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Fair Milk")), QStringLiteral("(not a statement)"));
    }

    // "Kenyan Roads, Housing and Water Minister Peter Mwangi": a portfolio
    // of several words before a title; its first words are no one's name.
    void aPortfolioListedBeforeATitle()
    {
        const QString text = QStringLiteral(
            "Kenyan Roads, Housing and Water Minister Peter Mwangi spoke by phone on Monday with Ugandan Trade "
            "Minister Rosa Nakato about the rail link.\n\n"
            "Mwangi said the line would stay open.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Peter Mwangi, Rosa Nakato"));
        QVERIFY(spansHold(x, text));
    }

    // "DLU chairman Rui Matos …" and later "…,\u201d the union leader said":
    // "the union leader" is the one given a head's title (in lower case,
    // after the organisation) at the organisation named a union, whether
    // or not his words hold a quotation of their own.
    void theLeaderOfAnOrganisationNamedByItsKind()
    {
        const QString text = QStringLiteral(
            "Bus drivers of the Douro Labour Union (DLU) in Porto stayed out on Monday.\n\n"
            "DLU chairman Rui Matos told drivers at the depot on Sunday: \"We drive the same routes.\"\n\n"
            "\u201cEvery spring the board says, \u2018Costs will fall,\u2019 and every spring the drivers earn "
            "less,\u201d the union leader said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Every spring")), QStringLiteral("Rui Matos"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("same routes")), QStringLiteral("Rui Matos"));
        QVERIFY(spansHold(x, text));
    }

    // "LINZ, Austria, May 9 (Danube Wire) -": a dateline with both its
    // country and its date; the country is where the dispatch comes from,
    // no party to the events of the lead.
    void aDatelineWithCountryAndDateTakesNoPart()
    {
        const QString text = QStringLiteral(
            "LINZ, Austria, May 9 (Danube Wire) - A strike at the Danube Cargo Rail depot in Linz entered its "
            "second week on Friday after wage talks broke down, and Slovenia's transport minister pressed the operator "
            "to reopen the line.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        for (const Event &e : eventsOf(x, QStringLiteral("talks")))
            QVERIFY2(!namesOf(x, e.participants).contains(QLatin1String("Austria")), eventsSaid(x).constData());
    }

    // "the Rask Heavy Industries plant" and later "talks between Rask and
    // …": the first word of a company's name, alone, is that company.
    void aCompanyByTheFirstWordOfItsName()
    {
        const QString text = QStringLiteral(
            "Fitters at the Rask Heavy Industries plant in Gdynia stayed out on Friday.\n\n"
            "Talks between Rask and the Amber Coast Fitters' Guild (ACFG) ended on Thursday without a deal.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants),
                 QStringLiteral("Amber Coast Fitters' Guild, Rask Heavy Industries"));
    }

    // "Ruiz later told Andes Wire that … a summit in Quito next month": the
    // outlet told of it takes no part in it.
    void whoWasToldTakesNoPart()
    {
        const QString text = QStringLiteral(
            "LIMA, May 9 (Andes Wire) - Peru and Ecuador traded blame over the fishing ban on Friday.\n\n"
            "The ministry spokeswoman, Ana Ruiz, later told Andes Wire that Peru and Ecuador would put the ban on "
            "the agenda of a summit in Quito next month.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Ecuador, Peru"));
    }

    // "The talks began in March and have moved on to price": begun then,
    // and still going on, dated by their start (CONVENTIONS.md [date]).
    void talksBegunAndStillGoingOn()
    {
        const QString text = QStringLiteral(
            "LIMA, May 9 (Andes Wire) - Vela Foods is in talks with the Andean Dairy Cooperative over a supply "
            "deal.\n\n"
            "The talks began in March and have moved on to price, its chief executive, Ana Ruiz, said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-03"));
    }

    // "Talks between A and B (…), chaired by C in Bergen, ended on Tuesday":
    // the day the talks ended dates them, however long their subject.
    void talksDatedByTheirEndAfterALongSubject()
    {
        const QString text = QStringLiteral(
            "BERGEN, May 9 \u2014 Welders at the Kvarna Marine Works yard stayed out for a fourth day on Friday.\n\n"
            "Talks between Kvarna and the Baltic Dockers' Federation (BDF), chaired by the State Labour "
            "Mediation Office in Bergen, ended on Tuesday without a deal.\n\n"
            "The federation said it would decide on its next step on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-05-06"));
        QCOMPARE(namesOf(x, talks.first().participants),
                 QStringLiteral("Baltic Dockers' Federation, Kvarna Marine Works, State Labour Mediation Office"));
    }

    // "toured the new dry dock last week with engineers from KCS": a tour
    // of a site is a visit to it.
    void aTourIsAVisit()
    {
        const QString text = QStringLiteral(
            "Portuguese Sea Minister Rita Ferreira and Danish Harbour Minister Anders Lund toured the new dry "
            "dock in Setubal last week with engineers from the Kestrel Cable Syndicate (KCS).\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-04-28/2025-05-04"));
        QCOMPARE(namesOf(x, visits.first().participants),
                 QStringLiteral("Anders Lund, Kestrel Cable Syndicate, Rita Ferreira"));
        // "visited the Kestrel Cable Syndicate's control room": the
        // organisation whose site is visited hosts the visit.
        const QString site = QStringLiteral(
            "The Kestrel Cable Syndicate (KCS) laid the cable last year.\n\n"
            "Rita Ferreira visited KCS's control room in Setubal on Monday.\n");
        const Extraction y = extractArticle(site, QDate(2025, 5, 9));
        const QList<Event> hosted = eventsOf(y, QStringLiteral("visit"));
        QVERIFY2(hosted.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, hosted.first().participants), QStringLiteral("Kestrel Cable Syndicate, Rita Ferreira"));
        // "toured a hangar that Tagus Air Works wants to turn into a school":
        // a relative clause with its own subject tells of the hangar; who
        // wants it takes no part.
        const QString relative = QStringLiteral(
            "Rita Ferreira toured a hangar in Setubal on Monday that Tagus Air Works wants to turn into a "
            "school.\n");
        const Extraction z = extractArticle(relative, QDate(2025, 5, 9));
        const QList<Event> toured = eventsOf(z, QStringLiteral("visit"));
        QVERIFY2(toured.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, toured.first().participants), QStringLiteral("Rita Ferreira"));
    }

    // "A strike at the Rask yard entered its second week on Friday. …
    // The strike began on April 28": a strike at a yard (plant, mine …) is
    // a labour dispute, the day it "entered its second week" does not date
    // it, and the day it began does; the union named as it began is a party.
    void aStrikeDatedByTheDayItBegan()
    {
        const QString text = QStringLiteral(
            "GDYNIA, Poland, May 9 (Baltic Wire) - A strike at the Rask Heavy Industries yard in Gdynia entered "
            "its second week on Friday.\n\n"
            "Talks between Rask and the Amber Fitters' Union (AFU) ended on Wednesday.\n"
            "The strike began on April 28, when the union rejected a 3 per cent pay offer.\n\n"
            "The union has proposed a one-day strike at all of the country's yards on May 20.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 2, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2025-04-28"));
        QCOMPARE(namesOf(x, strikes.first().participants),
                 QStringLiteral("Amber Fitters' Union, Rask Heavy Industries"));
        QCOMPARE(strikes.last().date, QStringLiteral("2025-05-20"));
        // The sentence after it may be the one to say it is a labour dispute.
        const QString ferries = QStringLiteral(
            "SPLIT, Croatia, May 9 (Baltic Wire) - The island league's final was played a day late.\n\n"
            "A 48-hour strike by the Adriatic Boatmen's Federation on Tuesday kept ferries in port. Its leader, "
            "Ivo Mance, said the walkout was over crew pay.\n");
        const Extraction y = extractArticle(ferries, QDate(2025, 5, 9));
        const QList<Event> walkouts = eventsOf(y, QStringLiteral("strike"));
        QVERIFY2(walkouts.size() == 1, eventsSaid(y).constData());
        QCOMPARE(walkouts.first().date, QStringLiteral("2025-05-06"));
        QCOMPARE(namesOf(y, walkouts.first().participants), QStringLiteral("Adriatic Boatmen's Federation"));
        // "stayed off work from May 5 to 7" (of a union's members), "downed
        // tools": a strike told without the word, dated by its range.
        const QString stayed = QStringLiteral(
            "RIJEKA, Croatia, May 9 (Baltic Wire) - About 900 members of the Adriatic Pilots' Union (APU) "
            "stayed off work from May 5 to 7, leaving tankers at anchor.\n");
        const Extraction z = extractArticle(stayed, QDate(2025, 5, 9));
        const QList<Event> stoppages = eventsOf(z, QStringLiteral("strike"));
        QVERIFY2(stoppages.size() == 1, eventsSaid(z).constData());
        QCOMPARE(stoppages.first().date, QStringLiteral("2025-05-05/2025-05-07"));
        QVERIFY(stoppages.first().dateStated);
        QCOMPARE(namesOf(z, stoppages.first().participants), QStringLiteral("Adriatic Pilots' Union"));
        const QString downed = QStringLiteral("Members of the Ploce Crane Drivers' Guild downed tools on Tuesday.\n");
        const Extraction w = extractArticle(downed, QDate(2025, 5, 9));
        QCOMPARE(eventsOf(w, QStringLiteral("strike")).size(), 1);
        // "walked off the job", as "walked out".
        const QString walked = QStringLiteral("About 400 members of the Zadar Tug Crews' Guild walked off the job on "
                                              "Tuesday.\n");
        const Extraction wo = extractArticle(walked, QDate(2025, 5, 9));
        const QList<Event> walkedOff = eventsOf(wo, QStringLiteral("strike"));
        QVERIFY2(walkedOff.size() == 1, eventsSaid(wo).constData());
        QCOMPARE(walkedOff.first().date, QStringLiteral("2025-05-06"));
        // Not one who stayed away from work for a storm.
        const QString storm = QStringLiteral("Most of Split stayed off work on Monday as the storm passed.\n");
        const Extraction v = extractArticle(storm, QDate(2025, 5, 9));
        QCOMPARE(eventsOf(v, QStringLiteral("strike")).size(), 0);
        // "have been on strike since April 22": still going on, dated by
        // the day it began (CONVENTIONS.md [date]: its end is not known).
        const QString since = QStringLiteral(
            "Some 600 members of the Split Stevedores' Union have been on strike since April 22, blocking the "
            "container quay.\n");
        const Extraction u = extractArticle(since, QDate(2025, 5, 9));
        const QList<Event> ongoing = eventsOf(u, QStringLiteral("strike"));
        QVERIFY2(ongoing.size() == 1, eventsSaid(u).constData());
        QCOMPARE(ongoing.first().date, QStringLiteral("2025-04-22"));
    }

    // "A GHA team of vets will travel to Kano State next month": a team
    // (a delegation, a mission) travelling to a place visits it, here one
    // to come. Not anyone who travels ("travelled to Suva for the summit").
    void aTeamTravellingToAPlaceVisitsIt()
    {
        const QString text = QStringLiteral(
            "Cases of anthrax rose again in northern Nigeria, the Ghana Health Agency (GHA) said on Monday.\n\n"
            "A GHA team of vets will travel to Kano State next month to test the herds.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY(visits.first().planned);
        QCOMPARE(visits.first().date, QStringLiteral("2025-06"));
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Ghana Health Agency"));
    }

    // "…, and transport ministers of the Nordic Rail Council (NRC) are due
    // to meet": a bloc's ministers meeting, ten words before the verb with
    // the bloc's initials between, is a ministerial of the bloc alone; a
    // summit "of the council's heads of government" beside it is the
    // council's, and another event.
    void ministersOfABlocTenWordsBeforeTheVerb()
    {
        const QString text = QStringLiteral(
            "Freight traffic across the border fell again in March, the Baltic Freight Agency (BFA) said.\n\n"
            "A BFA team of engineers will travel to Narvik next month, and transport ministers of the Nordic "
            "Rail Council (NRC) are due to meet in Trondheim on June 12 to agree on common track charges. "
            "Sweden has also proposed a summit of the council's five heads of government, though no date has "
            "been set.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-06-12"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Nordic Rail Council"));
        QVERIFY(eventsOf(x, QStringLiteral("meeting")).isEmpty());
        // The leaders' summit proposed beside it is another event, the council's.
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Nordic Rail Council"));
    }

    // "Borvik Capital", "Tarnow Copper and Steel": a fund or a company
    // named by the word for its trade, also after "and", is no person.
    void aCompanyNamedByItsTradeIsNoPerson()
    {
        const QString text = QStringLiteral(
            "The smelter is owned by Tarnow Copper and Steel, and Borvik Capital holds a fifth of it.\n\n"
            "Industry Minister Ewa Nowak said the plant would stay open.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Ewa Nowak"));
        QVERIFY(spansHold(x, text));
        // "a manager for cargo carrier Baltic Star Lines": the kind of
        // company right before a name says whose it is.
        const QString kind = QStringLiteral(
            "Freight rates rose again, said Jonas Berg, a manager for cargo carrier Baltic Star Lines.\n");
        const Extraction y = extractArticle(kind, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(y), QStringLiteral("Jonas Berg"));
        QVERIFY(std::any_of(y.entities.cbegin(), y.entities.cend(), [](const Entity &e) {
            return e.kind == NodeKind::Organization && e.label == QLatin1String("Baltic Star Lines");
        }));
    }

    // "Tamale Grain and Cold Storage Enterprise", "Takoradi Ports and Inland
    // Waterways Authority": a name of two words or more goes on over "and"
    // to words ending in an organisation's word (Enterprise, Ports, Monitor,
    // Authority …); one organisation, no people. So over a plural possessive
    // ("… and Track Layers' Union").
    void anOrganisationsNameGoesOnOverAnd()
    {
        const QString text = QStringLiteral(
            "Talks with the Tamale Grain and Cold Storage Enterprise stalled in May, the Savanna Freight Monitor "
            "reported.\n\n"
            "Efua Mensah, who heads the Takoradi Ports and Inland Waterways Authority, said the berths were ready. "
            "Lome Ports said on Friday it would wait. Members of the West African Rail and Track Layers' Union "
            "stayed at home.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Efua Mensah"));
        QStringList organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        for (const char *name : {"Tamale Grain and Cold Storage Enterprise", "Savanna Freight Monitor",
                                 "Takoradi Ports and Inland Waterways Authority", "Lome Ports",
                                 "West African Rail and Track Layers' Union"})
            QVERIFY2(organizations.contains(QLatin1String(name)), qPrintable(organizations.join(QStringLiteral(", "))));
        QVERIFY(spansHold(x, text));
    }

    // "the Kara Tash coal field", "the Olon Bulag mine": a name before the
    // kind of mine or field it is (a mineral between) is a place.
    void aNameBeforeAMineOrFieldIsAPlace()
    {
        const QString text = QStringLiteral(
            "Exports from the Kara Tash coal field rose in April. Kara Tash ships most of its coal by truck.\n\n"
            "Mining Minister Olga Petrova said the Olon Bulag mine would reopen in June.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Olga Petrova"));
        QVERIFY(spansHold(x, text));
    }

    // "the General Administration of Taxation": "General" begins an
    // organisation's name here, it is no title before a person.
    void aTitleWordBeginningAnOrganisationsName()
    {
        const QString text = QStringLiteral(
            "New figures from the General Administration of Taxation showed receipts rose in April.\n\n"
            "Finance Minister Lars Berg said the rise would last.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Lars Berg"));
        QVERIFY(spansHold(x, text));
    }

    // "Kenyan Water and Sanitation Minister Grace Banda", "Minister for
    // Forestry, Tom Reid": the first words of a portfolio ended by "and"
    // and the title, or the words of a title after "for", are no name.
    void aPortfolioWithAndOrAfterFor()
    {
        const QString text = QStringLiteral(
            "Kenyan Water and Sanitation Minister Grace Banda spoke by phone on Monday with Zambian Mines "
            "and Energy Minister Paul Phiri about the river.\n\n"
            "The Minister for Forestry, Tom Reid, said the dam would wait. Ugandan Energy and Water Minister "
            "Ruth Nankya agreed.\n\n"
            "Lina Haddad, Jordan's Minister of Public Works and Rural Roads, whose ministry builds the bridges, met "
            "Syrian Minister of Water and Irrigation Omar Nasr and Minister for Health, Families and the Elderly "
            "Rima Aoun.\n\n"
            "Haddad, Syria's Minister of Transport Walid Saab and Karim Daou, Lebanon's minister of public works, "
            "signed the accord.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        // "… and Karim Daou, Lebanon's minister of …": a name the comma and a
        // lower-case title after describe, no portfolio's words.
        QCOMPARE(peopleOf(x), QStringLiteral("Grace Banda, Karim Daou, Lina Haddad, Omar Nasr, Paul Phiri, Rima Aoun, "
                                             "Ruth Nankya, Tom Reid, Walid Saab"));
        // "Minister for Climate, Energy and the Environment X visited …": the
        // word between the commas is the portfolio's, no organisation.
        const QString visit = QStringLiteral(
            "Minister for Trade, Energy and the Sea Rui Costa visited the port of Faro on Monday.\n");
        const Extraction v = extractArticle(visit, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(v, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(v).constData());
        QCOMPARE(namesOf(v, visits.first().participants), QStringLiteral("Rui Costa"));
        // Nor is a portfolio's first word that names organisations ("Energy") one.
        QVERIFY(std::none_of(x.entities.cbegin(), x.entities.cend(),
                             [](const Entity &e) { return e.label == QLatin1String("Ugandan Energy"); }));
        // Nor a portfolio after "for" going on after a comma ("Minister for
        // Energy, Transport and Housing, Aino Virta,").
        const QString chair = QStringLiteral(
            "Finland's Minister for Energy, Transport and Housing, Aino Virta, chaired the meeting in Turku on "
            "Monday.\n");
        const Extraction c = extractArticle(chair, QDate(2025, 5, 9));
        QVERIFY(std::none_of(c.entities.cbegin(), c.entities.cend(), [](const Entity &e) {
            return e.kind == NodeKind::Organization && e.label.startsWith(QLatin1String("Minister"));
        }));
        QCOMPARE(peopleOf(c), QStringLiteral("Aino Virta"));
        // "Minister of Forests and Coastal Resources Development, Jone Nata,":
        // after "and", a portfolio ending at a comma before a name set off by
        // commas has no name among its words.
        const QString setOff = QStringLiteral(
            "Fiji's Minister of Forests and Coastal Resources Development, Jone Nata, signed the accord on "
            "Monday.\n");
        const Extraction f = extractArticle(setOff, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(f), QStringLiteral("Jone Nata"));
        QVERIFY(spansHold(x, text));
    }

    // CONVENTIONS.md [other]: news conferences, briefings, matches, court
    // rulings, donors' conferences and detentions are occasions for
    // statements or outcomes, no events; a hearing before a committee is.
    void occasionsForStatementsAreNoEvents()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Speaking at a press conference in Marvik on Tuesday, Health Minister Oda Brenn said the clinics would "
            "reopen.\n\n"
            "Port Minister Tarek Sallow told a news conference on Monday that the quota would stand, and spoke at "
            "a joint briefing with Brenn on Wednesday.\n\n"
            "Kestia beat Lorvia 3-1 in a friendly at Orun Stadium on Saturday; the return fixture is set for May.\n\n"
            "The quarrel began after the International Court of Justice ruled on the border in 2019.\n\n"
            "A Lorvian patrol boat detained the ferry Selka off Orun on March 2, and the World Bank will host a "
            "donors' conference in Marvik next month.\n\n"
            "Brenn will appear before the parliamentary health committee on Thursday.\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 13));
        const QList<Event> others = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(others.size() == 1, eventsSaid(x).constData());
        QVERIFY2(others.first().label.startsWith(QStringLiteral("Planned hearing")) ||
                     others.first().label.startsWith(QStringLiteral("Hearing")),
                 eventsSaid(x).constData());
        QCOMPARE(others.first().date, QStringLiteral("2026-03-19"));
    }

    // "visited Bodo on Tuesday and met about 50 farmers at the market": a
    // crowd counted is no party to a meeting; the visit is the event.
    void aCrowdMetOnAVisitIsNoMeeting()
    {
        const QString text = QStringLiteral(
            "Farm Minister Ola Dahl visited Bodo on Tuesday and met about 50 farmers at the market.\n\n"
            "Dahl said prices would be reviewed.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QVERIFY2(eventsOf(x, QStringLiteral("meeting")).isEmpty(), eventsSaid(x).constData());
        QCOMPARE(eventsOf(x, QStringLiteral("visit")).size(), 1);
    }

    // "\u201cThe road will open in May,\u201d Kral said. \u201cIt is ready.\u201d": a
    // short quotation that is a sentence of its own is words said, not
    // scare quotes.
    void aShortQuotationThatIsASentence()
    {
        const QString text = QStringLiteral(
            "\u201cThe road will open in May,\u201d Deputy Mayor Ivo Kral told reporters on Monday. "
            "\u201cIt is ready.\u201d\n\n"
            "Critics called the road \u201ca folly\u201d last year.\n\n"
            "Kral, asked whether drivers would pay a toll, shrugged. \u201cNo,\u201d he said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("It is ready")), QStringLiteral("Ivo Kral"));
        // One word and a comma inside the marks, then "he said": words said.
        QCOMPARE(speakerOf(x, text, QStringLiteral("No,")), QStringLiteral("Ivo Kral"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("a folly")), QStringLiteral("(not a statement)"));
        QVERIFY(spansHold(x, text));
    }

    // The one a title or a description stands for, when the text named
    // several: written for 200-209 (fourteenth session), on invented text.
    void titlesAndAppositionsNameTheRightSpeaker()
    {
        const QDate date(2031, 4, 8);
        // A portfolio going on after "and the" is no name ("Development"),
        // and a country's possessive sets the title off: "the minister" is
        // the one it was given to.
        const QString portfolio = QStringLiteral(
            "Malta's Minister for Culture and the Arts, Paul Zerafa, came to Rabat on Thursday. \u201cWe have read "
            "the plans, but a wall is a wall,\u201d the minister said.\n");
        const Extraction p = extractArticle(portfolio, date);
        QCOMPARE(peopleOf(p), QStringLiteral("Paul Zerafa"));
        // The country's longest name before the possessive: "Papua New
        // Guinea's", not "Guinea's".
        const QString png = QStringLiteral("Papua New Guinea's Minister of Trade, Kila Wapi, came to Jayapura.\n");
        const Extraction g = extractArticle(png, date);
        const auto wapi = std::find_if(g.entities.cbegin(), g.entities.cend(),
                                       [](const Entity &e) { return e.label == QLatin1String("Kila Wapi"); });
        QVERIFY(wapi != g.entities.cend() && wapi->titleOf >= 0);
        QCOMPARE(g.entities[wapi->titleOf].label, QStringLiteral("Papua New Guinea"));
        QCOMPARE(speakerOf(p, portfolio, QStringLiteral("a wall is a wall")), QStringLiteral("Paul Zerafa"));
        // "the Burkinabè minister": a demonym of Debian's countries that the
        // list lacked, and not another country's minister.
        QCOMPARE(speakerIn(QStringLiteral("Togo's Foreign Minister Koffi Adamah hosted the two foreign ministers, "
                                          "Niger's Amina Garba and Burkina Faso's Issouf Ouedraogo, in Lome.\n\n"
                                          "Ouedraogo was confident. \u201cThe soldiers will be home soon,\u201d the "
                                          "Burkinabè minister told a radio station.\n"),
                           date, QStringLiteral("soldiers will be home")),
                 QStringLiteral("Issouf Ouedraogo"));
        // "Name, a researcher at an institute, said": the apposition's
        // organisation does not speak.
        QCOMPARE(speakerIn(QStringLiteral("Nadia Sall, a researcher at the Institute for Coastal Studies in Dakar, said "
                                          "the ministers had \u201cforgotten the fishermen\u201d in their talks.\n"),
                           date, QStringLiteral("forgotten the fishermen")),
                 QStringLiteral("Nadia Sall"));
        // "The Minister has asked …. “…,” he said": the holder of the title,
        // not the foreign minister named last.
        const QString release = QStringLiteral(
            "The agreement was signed by the Minister of Water and Sanitation, H.E. Rith Sokha, on Monday.\n\n"
            "He will meet Laos's Minister of Energy and Mines, H.E. Somphone Vilay, in Vientiane next month.\n\n"
            "The Minister has asked the governors to report every week. \u201cA dam is not a promise,\u201d he "
            "said.\n");
        QCOMPARE(speakerIn(release, date, QStringLiteral("not a promise")), QStringLiteral("Rith Sokha"));
        // "the minister … before she left": not the minister last named, a
        // man ("He also warned"), but the woman who holds that title too.
        QCOMPARE(speakerIn(QStringLiteral("Canadian Fisheries Minister Anne Roy visited the hall last week.\n\n"
                                          "Greenland's Minister for Fisheries, Hans Berthelsen, disagrees. Berthelsen "
                                          "said the quota was fair. He also warned the trawlers.\n\n"
                                          "\u201cWe are told this is a fight between capitals,\u201d the minister "
                                          "told the hall before she left.\n"),
                           date, QStringLiteral("fight between capitals")),
                 QStringLiteral("Anne Roy"));
    }

    // "Water Development", "Public Relations Unit", "National Treasury":
    // words of a portfolio or an office alone are nobody's name; and in
    // hard-wrapped text a line broken where the next word would have fitted
    // (a sign-off, an address) does not run on into the next.
    void portfolioWordsAndASignOffAreNoPeople()
    {
        const QString release = QStringLiteral(
            "The Minister of Agriculture, Gift Banda, visited Karonga on Monday. The National Treasury will pay for "
            "the dykes.\n\n"
            "Public Relations Unit\nMinistry of Agriculture, Irrigation and Water Development\nLilongwe\n");
        const Extraction x = extractArticle(release, QDate(2032, 10, 6));
        QCOMPARE(peopleOf(x), QStringLiteral("Gift Banda"));
        QString wrapped;
        for (int i = 0; i < 6; ++i)
            wrapped += QStringLiteral("The dykes along the lake shore were built in the dry season by farmers\n"
                                      "who had lost their fields to the floods of the year before, said Banda.\n\n");
        wrapped += QStringLiteral("Public Relations Unit\nMinistry of Agriculture, Irrigation and Water Development\n"
                                  "Lilongwe\n");
        const detail::Text text(wrapped);
        // The wrapped paragraphs run on (one sentence each), the sign-off's lines do not.
        QCOMPARE(text.sentences.size(), qsizetype(6 + 3));
        QVERIFY(!peopleOf(extractArticle(wrapped, QDate(2032, 10, 6))).contains(QLatin1String("Lilongwe")));
    }

    // A week ahead's present: "X receives Y in Mbabane on Tuesday" and "A
    // and B begin a five-day joint exercise on Wednesday" are to come, on
    // the days ahead; "X received Y on Tuesday" is past.
    void aWeekAheadsPresentIsToCome()
    {
        const QString text = QStringLiteral(
            "Week ahead\n\n"
            "Eswatini's Prime Minister, Mandla Dube, receives Botswana's Vice-President, Kagiso Seretse, in Mbabane "
            "on Tuesday.\n\n"
            "The Seychelles Defence Forces and the Indian Navy begin a five-day joint exercise off Mahe on "
            "Wednesday.\n");
        const QDate sunday(2031, 6, 1);
        const Extraction x = extractArticle(text, sunday);
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2031-06-03"));
        QVERIFY(meetings.first().planned);
        const QList<Event> drills = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(drills.size() == 1, eventsSaid(x).constData());
        QCOMPARE(drills.first().date, QStringLiteral("2031-06-04/2031-06-08"));
        QVERIFY(drills.first().planned);
        const QString past = QStringLiteral(
            "Eswatini's Prime Minister, Mandla Dube, received Botswana's Vice-President, Kagiso Seretse, in Mbabane "
            "on Tuesday.\n");
        const Extraction y = extractArticle(past, sunday);
        QCOMPARE(eventsOf(y, QStringLiteral("meeting")).value(0).date, QStringLiteral("2031-05-27"));
    }

    // "A new meeting at the prefecture is foreseen for Thursday": to come
    // (a translation's word for "planned"), on the Thursday ahead.
    void aMeetingForeseen()
    {
        const QString text = QStringLiteral(
            "The prefect, Thierry Vaudran, received the union's leader, Marcel Sainte-Rose, in Cayenne on Monday. "
            "A new meeting at the prefecture is foreseen for Thursday.\n");
        const Extraction x = extractArticle(text, QDate(2032, 3, 17));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(meetings.at(1).date, QStringLiteral("2032-03-18"));
        QVERIFY(meetings.at(1).planned);
    }

    // Said to be to come without "will": "is due at the summit in April",
    // "When the leaders gather in Vientiane on April 5 for the summit, …",
    // "whose annual session takes place in Mombasa in November". Each is
    // planned, and its month or day the one ahead, not the one gone.
    void plannedByDueAtWhenAndTakesPlace()
    {
        const Extraction due = extractArticle(
            QStringLiteral("Prime Minister Omar Al-Zoubi is due at the Arab League water summit in Riyadh in April.\n"),
            QDate(2033, 1, 13));
        const QList<Event> summit = eventsOf(due, QStringLiteral("summit"));
        QVERIFY2(summit.size() == 1, eventsSaid(due).constData());
        QVERIFY(summit.first().planned);
        QCOMPARE(summit.first().date, QStringLiteral("2033-04"));
        const Extraction when = extractArticle(
            QStringLiteral("When the leaders of Laos, Cambodia and Thailand gather in Vientiane on April 5 for the Mekong River "
                           "Commission summit, they will do so after a year of quarrels.\n"),
            QDate(2033, 1, 27));
        const QList<Event> vientiane = eventsOf(when, QStringLiteral("summit"));
        QVERIFY2(vientiane.size() == 1, eventsSaid(when).constData());
        QVERIFY(vientiane.first().planned);
        QCOMPARE(vientiane.first().date, QStringLiteral("2033-04-05"));
        const Extraction session = extractArticle(
            QStringLiteral("The Indian Ocean Tuna Commission (IOTC), whose annual session takes place in Mombasa in "
                           "November, has set a lower quota.\n"),
            QDate(2032, 9, 15));
        const QList<Event> mombasa = eventsOf(session, QStringLiteral("meeting"));
        QVERIFY2(mombasa.size() == 1, eventsSaid(session).constData());
        QVERIFY(mombasa.first().planned);
        QCOMPARE(mombasa.first().date, QStringLiteral("2032-11"));
        // A session that took place is not to come.
        const Extraction past = extractArticle(
            QStringLiteral("The commission's annual session took place in Mombasa in November.\n"), QDate(2032, 9, 15));
        QVERIFY2(!eventsOf(past, QStringLiteral("meeting")).value(0).planned, eventsSaid(past).constData());
    }

    // "Mauritius and Seychelles ended talks …" then "The Mauritian
    // delegation was led by X, and the Seychellois side by Y": the talks
    // are the two who led them (CONVENTIONS.md [participants]: a country
    // never beside its own named people), and so is the meeting again.
    void delegationsLedByTheirPeople()
    {
        const QString text = QStringLiteral(
            "Mauritius and Seychelles ended three days of fishing talks in Victoria on Wednesday, but negotiators "
            "said they would meet again in Port Louis next month.\n\n"
            "The Mauritian delegation was led by Minister of Blue Economy and Fisheries Anil Bhoyroo, and the "
            "Seychellois side by Fisheries Minister Marie-Claire Hoareau.\n");
        const Extraction x = extractArticle(text, QDate(2032, 9, 15));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        for (const Event &e : talks)
            QCOMPARE(namesOf(x, e.participants), QStringLiteral("Anil Bhoyroo, Marie-Claire Hoareau"));
        // Headed by, the country named as such; a side no one led stays its country.
        const QString headed = QStringLiteral(
            "Peru and Chile held talks on the lithium border in Arica on Monday.\n\n"
            "Peru's team was headed by Deputy Minister Rosa Quispe.\n");
        const Extraction y = extractArticle(headed, QDate(2032, 9, 15));
        QCOMPARE(namesOf(y, eventsOf(y, QStringLiteral("talks")).value(0).participants),
                 QStringLiteral("Chile, Rosa Quispe"));
    }

    // A ministry's press release: "The Minister of Agriculture, Irrigation
    // and Water Development, Hon. Dr. Tiyamike Mkandawire, MP," ("Hon." no
    // sentence's end, no part of the name; "MP" no organisation), "the
    // Minister of Agriculture of the United Republic of Tanzania, Hon.
    // Rehema Mwakalinga," (Tanzania's), and then "the Minister said": the
    // home one. "Agriculture and Natural Resources" is nobody.
    void pressReleaseHonourablesAndTheHomeMinister()
    {
        const QString text = QStringLiteral(
            "LILONGWE — The Minister of Agriculture, Irrigation and Water Development, Hon. Dr. Tiyamike Mkandawire, "
            "MP, on Tuesday held talks in Lilongwe with the Minister of Agriculture of the United Republic of "
            "Tanzania, Hon. Rehema Mwakalinga, on the Songwe river.\n\n"
            "\u201cOur farmers have waited long enough,\u201d the Minister said.\n\n"
            "The Parliamentary Committee on Agriculture and Natural Resources, chaired by Hon. Esnart Chirwa, MP, "
            "has asked for a quarterly report.\n");
        const Extraction x = extractArticle(text, QDate(2032, 10, 6));
        QCOMPARE(peopleOf(x), QStringLiteral("Esnart Chirwa, Rehema Mwakalinga, Tiyamike Mkandawire"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("waited long enough")), QStringLiteral("Tiyamike Mkandawire"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Rehema Mwakalinga, Tiyamike Mkandawire"));
        // "The Minister will travel to Gaborone next month for the meeting of
        // Southern African Development Community (SADC) Ministers …": the
        // bloc's ministerial; "The two Ministers agreed to meet again in Mbeya
        // in January 2033": the two, each "Minister of …", not the bloc.
        const QString more = text + QStringLiteral(
            "\nThe Minister will travel to Gaborone next month for the meeting of Southern African Development "
            "Community (SADC) Ministers responsible for Agriculture and Food Security.\n\n"
            "The two Ministers agreed to meet again in Mbeya in January 2033.\n");
        const Extraction y = extractArticle(more, QDate(2032, 10, 6));
        const QList<Event> sadc = eventsOf(y, QStringLiteral("ministerial"));
        QVERIFY2(sadc.size() == 1, eventsSaid(y).constData());
        QVERIFY(namesOf(y, sadc.first().participants).contains(QStringLiteral("Southern African Development Community")));
        QCOMPARE(sadc.first().date, QStringLiteral("2032-11"));
        bool mbeya = false;
        for (const Event &e : y.events)
            mbeya = mbeya || (e.date == QLatin1String("2033-01") &&
                              namesOf(y, e.participants) == QLatin1String("Rehema Mwakalinga, Tiyamike Mkandawire"));
        QVERIFY2(mbeya, eventsSaid(y).constData());
        for (const Entity &e : x.entities) {
            if (e.label == QLatin1String("Rehema Mwakalinga"))
                QCOMPARE(x.entities.value(e.titleOf).label, QStringLiteral("Tanzania"));
            QVERIFY2(e.label != QLatin1String("MP"), "MP taken for an organisation");
        }
    }

    // A week ahead under days as headings: what is to come under "MONDAY,
    // November 15" is of that day ("begins a three-day state visit": three
    // days from it); "The two ministers last met in Blantyre in June" are
    // the two of the paragraph, one a minister, the other his counterpart.
    void weekAheadUnderDayHeadingsAndTheTwoMinisters()
    {
        const QString text = QStringLiteral(
            "Our weekly diary of the events to watch across the region.\n\n"
            "## MONDAY, November 15\n\n"
            "WINDHOEK — Botswana's President Tebogo Sebina begins a three-day state visit to Namibia.\n\n"
            "## THURSDAY, November 18\n\n"
            "MAPUTO — Mozambique's Foreign Minister, Celso Nhantumbo, receives his Malawian counterpart, Chimwemwe "
            "Banda, for talks on the Shire-Zambezi waterway. The two ministers last met in Blantyre in June.\n");
        const Extraction x = extractArticle(text, QDate(2032, 11, 14));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2032-11-15/2032-11-17"));
        QVERIFY(visits.first().planned);
        bool june = false;
        for (const Event &e : x.events) {
            if (e.date != QLatin1String("2032-06"))
                continue;
            june = true;
            QCOMPARE(namesOf(x, e.participants), QStringLiteral("Celso Nhantumbo, Chimwemwe Banda"));
        }
        QVERIFY2(june, eventsSaid(x).constData());
    }

    // A television transcript: "X and Y have ended two days of talks" (the
    // two days up to the article's, inferred); "Tanvir, what came out of
    // the talks?" and "Farhana, the two delegations met" call the anchor
    // and the correspondent by their first names: neither takes part.
    void transcriptVocativesAndTalksJustEnded()
    {
        const QString text = QStringLiteral(
            "FARHANA ISLAM, ANCHOR: Good evening. Bangladesh and Nepal have ended two days of talks in Kathmandu on "
            "buying electricity. Our correspondent Tanvir Ahmed is in Kathmandu. Tanvir, what came out of the "
            "talks?\n\n"
            "TANVIR AHMED, CORRESPONDENT: Farhana, the two delegations met at the Singha Durbar. The Bangladeshi "
            "side was led by the State Minister for Power, Nazmul Hasan Khan, and the Nepali side by Energy "
            "Minister Bishnu Prasad Adhikari.\n\n"
            "FARHANA ISLAM, ANCHOR: Thank you, Tanvir.\n");
        const Extraction x = extractArticle(text, QDate(2032, 10, 20));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2032-10-19/2032-10-20"));
        QVERIFY(!talks.first().dateStated);
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Bishnu Prasad Adhikari, Nazmul Hasan Khan"));
    }

    // A committee hearing someone: "would call Zulkifli to give evidence
    // next Tuesday" (to come, the committee's), "The Public Accounts
    // Committee hears evidence from Kagiso Modise" (a person "from", not a
    // place); neither without a body ("refused to testify" to no one).
    void committeesCallingAndHearingEvidence()
    {
        const QString called = QStringLiteral(
            "The Public Accounts Committee (PAC) has begun an inquiry into the patrol vessels. Its chairman said the "
            "committee would call Zulkifli Abdul Rahman to give evidence next Tuesday.\n");
        const Extraction x = extractArticle(called, QDate(2032, 11, 25));
        const QList<Event> hearing = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearing.size() == 1, eventsSaid(x).constData());
        QVERIFY(hearing.first().planned);
        QCOMPARE(hearing.first().date, QStringLiteral("2032-11-30"));
        QCOMPARE(namesOf(x, hearing.first().participants), QStringLiteral("Public Accounts Committee, Zulkifli Abdul Rahman"));
        const QString hears = QStringLiteral(
            "GABORONE — The Public Accounts Committee hears evidence from Kagiso Modise on Tuesday.\n");
        const Extraction y = extractArticle(hears, QDate(2032, 11, 14));
        QCOMPARE(peopleOf(y), QStringLiteral("Kagiso Modise"));
        QVERIFY2(eventsOf(y, QStringLiteral("other")).size() == 1, eventsSaid(y).constData());
        const Extraction z = extractArticle(
            QStringLiteral("The striking drivers' leader, Amos Kiprop, said he would ask members to testify.\n"),
            QDate(2032, 11, 14));
        QVERIFY2(eventsOf(z, QStringLiteral("other")).isEmpty(), eventsSaid(z).constData());
        // "last year's sales": a date in the possessive dates the sales;
        // "Monday's talks" the talks.
        const Extraction sales = extractArticle(
            QStringLiteral("Trade Minister Rudo Makoni met the board of Kalahari Diamond Trading to discuss last year's "
                           "sales.\n"),
            QDate(2032, 11, 14));
        QCOMPARE(eventsOf(sales, QStringLiteral("meeting")).value(0).date, QString());
        const Extraction talks = extractArticle(
            QStringLiteral("Peru and Chile ended Monday's talks on the lithium border without a deal.\n"),
            QDate(2032, 11, 14));
        QCOMPARE(eventsOf(talks, QStringLiteral("talks")).value(0).date, QStringLiteral("2032-11-08"));
    }

    // A magazine's interview: the headline's "Interview: … Rania Haddad"
    // and "She spoke to Levant Weekly … on Tuesday" are one interview, of
    // that day; the outlet takes no part in the talks the lede mentions;
    // and in her turns ("Haddad: I met …") a "he" is never Haddad.
    void outletsInterviewFromItsHeadlineAndLede()
    {
        const QString text = QStringLiteral(
            "# Interview: Jordan's water minister Rania Haddad on the Aqaba plant\n\n"
            "AMMAN — Rania Haddad has been Jordan's water minister for eighteen months. She spoke to Levant Weekly "
            "at her office in Amman on Tuesday, a day after returning from talks in Damascus.\n\n"
            "Levant Weekly: What did you agree with the Syrians?\n\n"
            "Haddad: I met my counterpart, Minister Bassam Al-Khatib. For years each side had its own numbers. When "
            "he told me, \u201cOur numbers are your numbers now,\u201d I believed him.\n");
        const Extraction x = extractArticle(text, QDate(2033, 1, 13), QStringLiteral("Levant Weekly"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2033-01-11"));
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Levant Weekly, Rania Haddad"));
        for (const Event &e : eventsOf(x, QStringLiteral("talks")))
            QVERIFY2(!namesOf(x, e.participants).contains(QStringLiteral("Levant")), eventsSaid(x).constData());
        // (The quotation itself, not her turn that holds it.)
        QString said;
        for (const Statement &st : x.statements) {
            if (st.direct && text.mid(st.text.start, st.text.end - st.text.start).startsWith(QLatin1String("Our numbers")))
                said = x.entities.value(st.speaker).label;
        }
        QCOMPARE(said, QStringLiteral("Bassam Al-Khatib"));
        // "spoke to Diario del Altiplano's sports editor, Carla Villarroel,
        // at the federation's offices in La Paz on Tuesday": the editor asked.
        const Extraction y = extractArticle(
            QStringLiteral("Rodrigo Mamani Quispe has led the Bolivian Football Federation since 2024. He spoke to "
                           "Diario del Altiplano's sports editor, Carla Villarroel, at the federation's offices in La "
                           "Paz on Tuesday.\n"),
            QDate(2026, 10, 22), QStringLiteral("Diario del Altiplano"));
        const QList<Event> editor = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(editor.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, editor.first().participants), QStringLiteral("Carla Villarroel, Rodrigo Mamani Quispe"));
        QCOMPARE(editor.first().date, QStringLiteral("2026-10-20"));
    }

    // A story translated from Japanese keeps its corner brackets: 「…」 is
    // a quotation (split by its attribution too), 『…』 one inside it.
    void cornerBracketQuotations()
    {
        const QString text = QStringLiteral(
            "FUKUOKA — Governor Keiko Hayashida met Busan Mayor Park Min-seo on Monday.\n\n"
            "\u300cThe strait between us is a street, not a wall,\u300d Hayashida told Park. \u300cWhen the ferry "
            "stops, the street is closed.\u300d\n\n"
            "Park said Busan was \u300cready to move as fast as Fukuoka can. My father always said "
            "\u300eone boat is no boat\u300f, and he was right.\u300d\n");
        const Extraction x = extractArticle(text, QDate(2033, 10, 22));
        QCOMPARE(speakerOf(x, text, QStringLiteral("a street, not a wall")), QStringLiteral("Keiko Hayashida"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("the street is closed")), QStringLiteral("Keiko Hayashida"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("ready to move")), QStringLiteral("Park Min-seo"));
        const Statement *said = quotationOf(x, text, QStringLiteral("street, not a wall"));
        QVERIFY(said);
        QCOMPARE(text.mid(said->text.start, said->text.end - said->text.start),
                 QStringLiteral("The strait between us is a street, not a wall,"));
    }

    // A news conference's transcript: "CS KAMAU:" is Cabinet Secretary
    // Wanjiru Kamau, named in full before (no "Cs Kamau" of its own), and
    // "Has Kenya backed down?" names no one.
    void transcriptLabelOpenedByATitle()
    {
        const QString text = QStringLiteral(
            "*Kenyan Trade Cabinet Secretary Wanjiru Kamau spoke to reporters in Nairobi on Thursday.*\n\n"
            "CS KAMAU: Good afternoon. We have agreed in principle that Kenya will lift its ban on maize.\n\n"
            "QUESTION (Wambui Kariuki, Savanna TV): Has Kenya backed down?\n\n"
            "CS KAMAU: Nobody backed down. Both of us stepped forward.\n");
        const Extraction x = extractArticle(text, QDate(2033, 9, 29));
        QCOMPARE(peopleOf(x), QStringLiteral("Wambui Kariuki, Wanjiru Kamau"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Nobody backed down")), QStringLiteral("Wanjiru Kamau"));
        // A question about what is to come ("When will you and Minister
        // Mrisho meet again?") holds no event; "President Rono told us" in
        // her turn is no interview with the outlet.
        const QString more = text + QStringLiteral(
            "\nQUESTION (Otieno Ouma, Daily Metro): When will you and Minister Salma Mrisho meet again?\n\n"
            "CS KAMAU: President David Rono told us, \u201cA border should be a bridge.\u201d\n");
        const Extraction y = extractArticle(more, QDate(2033, 9, 29), QStringLiteral("Daily Metro"));
        QVERIFY2(y.events.isEmpty(), eventsSaid(y).constData());
    }

    // A week told day by day, each paragraph opened by its day in bold
    // ("**Monday.** Wardhani spoke by phone with …"): that day's. A video
    // conference of three countries' ministers is their ministerial (a
    // call is of two parties), and "speaks by video link with" a call.
    void weekToldDayByDayInBold()
    {
        const QString text = QStringLiteral(
            "JAKARTA — Foreign Minister Laksmi Wardhani spent much of the week with a telephone at her ear.\n\n"
            "**Monday.** Wardhani spoke by phone with Bangladesh's Foreign Minister, Mahbub Haque.\n\n"
            "**Tuesday.** Wardhani held a video conference with Thailand's Foreign Minister, Pongsak Srisuk, and "
            "Malaysia's Foreign Minister, Hafiz Zulkifli.\n");
        const Extraction x = extractArticle(text, QDate(2033, 11, 13));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2033-11-07"));
        QVERIFY(!calls.first().dateStated);
        const QList<Event> ministerial = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerial.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerial.first().date, QStringLiteral("2033-11-08"));
        // "**Wednesday.** The UN High Commissioner …, Mariam Touré, called
        // Wardhani from Geneva": a call, from where the caller was.
        const Extraction geneva = extractArticle(
            text + QStringLiteral("\n**Wednesday.** The UN High Commissioner for Refugees, Mariam Touré, called "
                                  "Wardhani from Geneva.\n"),
            QDate(2033, 11, 13));
        bool called = false;
        for (const Event &e : eventsOf(geneva, QStringLiteral("phone_call")))
            called = called || (e.date == QLatin1String("2033-11-09") &&
                                namesOf(geneva, e.participants) == QStringLiteral("Laksmi Wardhani, Mariam Touré"));
        QVERIFY2(called, eventsSaid(geneva).constData());
        // A programme's day with its date and place: "Wednesday, May 10 —
        // Ho Chi Minh City. Meeting with the chairman …, Nguyen Hoang Long".
        const Extraction programme = extractArticle(
            QStringLiteral("HANOI — President Kwabena Asante-Mensah held talks with President Tran Minh Khoa on "
                           "Monday.\n\n"
                           // (As the article reader gives it, the bold gone.)
                           "Wednesday, May 10 — Ho Chi Minh City. Meeting with the chairman of the city's People's "
                           "Committee, Nguyen Hoang Long.\n"),
            QDate(2034, 5, 9));
        bool tenth = false;
        for (const Event &e : eventsOf(programme, QStringLiteral("meeting")))
            tenth = tenth || (e.date == QLatin1String("2034-05-10") &&
                              namesOf(programme, e.participants).contains(QStringLiteral("Nguyen Hoang Long")));
        QVERIFY2(tenth, eventsSaid(programme).constData());
        // "**Thursday.** Wardhani spoke with India's minister, Arvind Menon,
        // who had met Haque in Dhaka the day before": the relative clause's
        // meeting is Menon's and Haque's, the Wednesday.
        const Extraction dhaka = extractArticle(
            // (As the article reader gives it, the bold gone.)
            text + QStringLiteral("\nThursday. Wardhani spoke with India's External Affairs Minister, Arvind "
                                  "Menon, who had met Haque in Dhaka the day before.\n"),
            QDate(2033, 11, 13));
        bool met = false;
        for (const Event &e : eventsOf(dhaka, QStringLiteral("meeting")))
            met = met || (e.date == QLatin1String("2033-11-09") &&
                          namesOf(dhaka, e.participants) == QLatin1String("Arvind Menon, Mahbub Haque"));
        QVERIFY2(met, eventsSaid(dhaka).constData());
        // "… spoke by phone with Sayyid Talal on Tuesday. ¶ Wijesekera had
        // met the families in Colombo the day before": the day before the
        // day the sentence right before named, though in its own paragraph.
        const Extraction colombo = extractArticle(
            QStringLiteral("COLOMBO — Foreign Minister Anoma Wijesekera spoke by phone with Oman's foreign minister, "
                           "Sayyid Talal bin Saif Al Busaidi, on Tuesday.\n\n"
                           "Wijesekera had met the families of the seafarers in Colombo the day before, among them "
                           "Kamala Perera.\n"),
            QDate(2034, 6, 17));
        bool monday = false;
        for (const Event &e : eventsOf(colombo, QStringLiteral("meeting")))
            monday = monday || e.date == QLatin1String("2034-06-12");
        QVERIFY2(monday, eventsSaid(colombo).constData());
        QCOMPARE(namesOf(x, ministerial.first().participants),
                 QStringLiteral("Hafiz Zulkifli, Laksmi Wardhani, Pongsak Srisuk"));
        const Extraction video = extractArticle(
            QStringLiteral("PRETORIA — Deputy President Lindiwe Maseko speaks by video link with Angolan Vice-President "
                           "Joaquim Tavares on Friday.\n"),
            QDate(2032, 11, 14));
        QCOMPARE(eventsOf(video, QStringLiteral("phone_call")).size(), 1);
    }

    // Testimony at a trial: "testified on Wednesday that …" and "is due to
    // testify in Siregar's trial next Wednesday" are hearings of the court
    // named before (not of the commission that prosecutes); "testify"
    // with no trial, court or body told is none.
    void testimonyAtATrial()
    {
        const QString text = QStringLiteral(
            "JAKARTA — Bayu Prasetyo testified on Wednesday that his old boss knew everything, as the corruption "
            "trial of former minister Rudi Hartono Siregar entered its sixth week at the Central Jakarta Corruption "
            "Court.\n\n"
            "The Corruption Eradication Commission says the contractor, Hendra Wijaya, paid the bribes. He is due "
            "to testify in Siregar's trial next Wednesday.\n");
        const Extraction x = extractArticle(text, QDate(2033, 3, 16));
        const QList<Event> hearings = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(hearings.at(0).date, QStringLiteral("2033-03-16"));
        QVERIFY(namesOf(x, hearings.at(0).participants).contains(QStringLiteral("Central Jakarta Corruption Court")));
        QCOMPARE(hearings.at(1).date, QStringLiteral("2033-03-23"));
        QVERIFY(hearings.at(1).planned);
        QCOMPARE(namesOf(x, hearings.at(1).participants), QStringLiteral("Central Jakarta Corruption Court, Hendra Wijaya"));
        const Extraction none = extractArticle(
            QStringLiteral("The farmers' leader, Amos Kiprop, said the results testify to years of neglect.\n"),
            QDate(2033, 3, 16));
        QVERIFY2(eventsOf(none, QStringLiteral("other")).isEmpty(), eventsSaid(none).constData());
    }

    // "will fly to Manila next week to meet Transportation Secretary X": a
    // portfolio the list lacks before a title still names someone met (the
    // trip is that meeting); "due to meet Education Minister Ahmed Said
    // Moussa on Thursday": "Said" inside a name is no saying that takes
    // the day.
    void meetingsWithPortfolioTitlesAndSaidInNames()
    {
        const Extraction x = extractArticle(
            QStringLiteral("ILOILO CITY — Mayor Carmela Villanueva said the terminal would open in June. She will fly "
                           "to Manila next week to meet Transportation Secretary Teodoro Macaraeg.\n"),
            QDate(2033, 2, 15));
        const QList<Event> manila = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(manila.size() == 1 && eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        QCOMPARE(namesOf(x, manila.first().participants), QStringLiteral("Carmela Villanueva, Teodoro Macaraeg"));
        QCOMPARE(manila.first().date, QStringLiteral("2033-02-21/2033-02-27"));
        const Extraction y = extractArticle(
            QStringLiteral("In Moroni, the teachers' leaders are due to meet Education Minister Ahmed Said Moussa on "
                           "Thursday.\n"),
            QDate(2031, 6, 1));
        QCOMPARE(eventsOf(y, QStringLiteral("meeting")).value(0).date, QStringLiteral("2031-06-05"));
    }

    // "…, telling the House Committee on Aviation that …": a hearing, as
    // "told the committee" is; "The committee will hear from X on Tuesday":
    // one to come (a body hearing someone, not "we heard from officials").
    void tellingACommitteeAndHearingFromSomeone()
    {
        const QString text = QStringLiteral(
            "ABUJA — Aviation Minister Folasade Adeyemi-Cole on Thursday defended the concession, telling the House "
            "Committee on Aviation that the deal would bring in more money.\n\n"
            "The committee will hear from the director-general of the Bureau of Public Enterprises, Musa Lawal, on "
            "Tuesday, the chairman said.\n\n"
            "Traders said they had heard from officials that the market would close.\n");
        const Extraction x = extractArticle(text, QDate(2033, 5, 20));
        const QList<Event> hearings = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(hearings.at(0).date, QStringLiteral("2033-05-19"));
        QVERIFY(namesOf(x, hearings.at(0).participants).contains(QStringLiteral("Folasade Adeyemi-Cole")));
        QCOMPARE(hearings.at(1).date, QStringLiteral("2033-05-24"));
        QVERIFY(hearings.at(1).planned);
        QVERIFY(namesOf(x, hearings.at(1).participants).contains(QStringLiteral("Musa Lawal")));
        // "appeared on Monday before the Energy Committee": a day between.
        const Extraction y = extractArticle(
            QStringLiteral("TRIPOLI — The chairman of the National Oil Corporation, Faraj Al-Mabrouk, appeared on "
                           "Monday before the Energy Committee of the House of Representatives to explain a fall in "
                           "exports.\n"),
            QDate(2032, 12, 8));
        const QList<Event> tripoli = eventsOf(y, QStringLiteral("other"));
        QVERIFY2(tripoli.size() == 1, eventsSaid(y).constData());
        QCOMPARE(tripoli.first().date, QStringLiteral("2032-12-06"));
    }

    // The article's outlet named "The Steppe Review" in its metadata is
    // the "Steppe Review" the text names after "told The"; "Zhou, reached
    // by The Steppe Review by telephone on Wednesday," gave it an interview.
    void outletWithItsTheAndReachedBy()
    {
        const QString text = QStringLiteral(
            "KHANBOGD — \u201cA company thinks in quarters,\u201d Oyunchimeg Batbayar told The Steppe Review last "
            "week.\n\n"
            "Zhou Ming, reached by The Steppe Review by telephone on Wednesday, returned the compliment.\n");
        const Extraction x = extractArticle(text, QDate(2033, 4, 9), QStringLiteral("The Steppe Review"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 2 && eventsOf(x, QStringLiteral("phone_call")).isEmpty(), eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.at(0).participants), QStringLiteral("Oyunchimeg Batbayar, Steppe Review"));
        QCOMPARE(interviews.at(0).date, QStringLiteral("2033-03-28/2033-04-03"));
        QCOMPARE(namesOf(x, interviews.at(1).participants), QStringLiteral("Steppe Review, Zhou Ming"));
        QCOMPARE(interviews.at(1).date, QStringLiteral("2033-04-06"));
    }

    // "agreed on Thursday …, closing a two-day summit … that began on
    // Wednesday": Wednesday is its first day, though "closing" is said.
    void aSummitThatBeganOnADay()
    {
        const Extraction x = extractArticle(
            QStringLiteral("AWAZA — The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan agreed on Thursday to build "
                           "a rail corridor, closing a two-day summit in this Turkmen resort that began on Wednesday.\n"),
            QDate(2033, 8, 11));
        const QList<Event> summit = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summit.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summit.first().date, QStringLiteral("2033-08-10/2033-08-11"));
    }

    // "has called Murugesu and Abeysekera back for a second round at the
    // department on Tuesday": called back to the table, no phone call; the
    // round is to come, on the Tuesday ahead.
    void calledBackForASecondRound()
    {
        const Extraction x = extractArticle(
            QStringLiteral("COLOMBO — Labour Commissioner Nirmala Wickramasinghe has called Suppiah Murugesu and "
                           "Roshan Abeysekera back for a second round at the department on Tuesday.\n"),
            QDate(2033, 6, 23));
        QVERIFY2(eventsOf(x, QStringLiteral("phone_call")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> round = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(round.size() == 1, eventsSaid(x).constData());
        QVERIFY(round.first().planned);
        QCOMPARE(round.first().date, QStringLiteral("2033-06-28"));
        QCOMPARE(namesOf(x, round.first().participants),
                 QStringLiteral("Nirmala Wickramasinghe, Roshan Abeysekera, Suppiah Murugesu"));
    }

    // A day of the month alone, as a translation from Japanese gives it:
    // "On the evening of the 20th, X met Y", "Speaking to this newspaper on
    // the 21st before her return flight": days of the article's month.
    void daysOfTheMonthByOrdinal()
    {
        const QString text = QStringLiteral(
            "On the evening of the 20th, Governor Keiko Hayashida met Vice Minister Lee Joon-ho over dinner.\n\n"
            "Speaking to this newspaper on the 21st before her return flight, Hayashida said she was hopeful.\n");
        const Extraction x = extractArticle(text, QDate(2033, 10, 21), QStringLiteral("Genkai Shimpo"));
        QCOMPARE(eventsOf(x, QStringLiteral("meeting")).value(0).date, QStringLiteral("2033-10-20"));
        QCOMPARE(eventsOf(x, QStringLiteral("interview")).value(0).date, QStringLiteral("2033-10-21"));
    }

    // "The MRC Council, made up of the water ministers of the four member
    // states, met in Chiang Rai in June": a body of several countries'
    // ministers meeting is their ministerial; a board of no ministers stays
    // a meeting.
    void aCouncilMadeUpOfMinisters()
    {
        const Extraction x = extractArticle(
            QStringLiteral("PHNOM PENH — The MRC Council, made up of the water ministers of the four member states, met "
                           "in Chiang Rai in June and agreed to commission a study.\n"),
            QDate(2033, 1, 27));
        QVERIFY2(eventsOf(x, QStringLiteral("ministerial")).size() == 1, eventsSaid(x).constData());
        const Extraction y = extractArticle(
            QStringLiteral("PHNOM PENH — The MRC Board, made up of engineers from the four member states, met in Chiang "
                           "Rai in June.\n"),
            QDate(2033, 1, 27));
        QVERIFY2(eventsOf(y, QStringLiteral("ministerial")).isEmpty() && eventsOf(y, QStringLiteral("meeting")).size() == 1,
                 eventsSaid(y).constData());
    }

    // "Chea Vanna told the Mekong Monitor on Monday that the talks had
    // produced …": talks that name no one (the outlet that reports them is
    // none of theirs) are not listed (CONVENTIONS.md [scope]).
    void noEventWithoutParticipants()
    {
        const QString text = QStringLiteral(
            "PHNOM PENH — Chea Vanna told the Mekong Monitor on Monday that the talks had produced \u201can "
            "agreement to disagree more politely\u201d.\n");
        const Extraction x = extractArticle(text, QDate(2033, 1, 27), QStringLiteral("Mekong Monitor"));
        QVERIFY2(eventsOf(x, QStringLiteral("talks")).isEmpty(), eventsSaid(x).constData());
        QCOMPARE(eventsOf(x, QStringLiteral("interview")).size(), 1);
        for (const Event &e : x.events)
            QVERIFY2(!e.participants.isEmpty(), eventsSaid(x).constData());
    }

    // "At the Glenmore estate, where workers sat in the shade of the
    // factory walls, Selvi Ramasamy, 43, said …": the name after a clause
    // of place is the sentence's subject, not "the walls'" apposition; her
    // "she said" in the next paragraph is hers, not the minister's before.
    void subjectAfterAClauseOfPlace()
    {
        const QString text = QStringLiteral(
            "COLOMBO — Labour Commissioner Nirmala Wickramasinghe said talks would resume.\n\n"
            "At the Glenmore estate outside Hatton, where lines of workers sat in the shade of the factory walls, "
            "Selvi Ramasamy, 43, said she had plucked tea since she was fifteen.\n\n"
            "\u201cMy daughter says the hills are finished,\u201d she said.\n");
        QCOMPARE(speakerIn(text, QDate(2033, 6, 23), QStringLiteral("hills are finished")), QStringLiteral("Selvi Ramasamy"));
    }

    // "President Rono and President Asha Mbarouk of Tanzania spoke on the
    // telephone on Monday": "on the telephone" as "on the phone".
    void spokeOnTheTelephone()
    {
        const Extraction x = extractArticle(
            QStringLiteral("NAIROBI — President David Rono and President Asha Mbarouk of Tanzania spoke on the "
                           "telephone on Monday.\n"),
            QDate(2033, 9, 29));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Asha Mbarouk, David Rono"));
        QCOMPARE(calls.first().date, QStringLiteral("2033-09-26"));
    }

    // A Q&A introduced by "Lake Basin Weekly's Brian Ochieng interviewed
    // her at City Hall in Kisumu on Monday": the answers ("A: …") are hers
    // (the one the sentences before are about, not the reporter), and the
    // interview is theirs, of that Monday.
    void questionAndAnswerOfTheOneInterviewed()
    {
        const QString text = QStringLiteral(
            "Grace Akinyi Odhiambo became mayor of Kisumu in 2032 promising to bring back the ferries. A year on, "
            "her critics say the plan exists mostly in brochures. Lake Basin Weekly's Brian Ochieng interviewed her "
            "at City Hall in Kisumu on Monday.\n\n"
            "**Q: Mayor, when will a passenger be able to buy a ticket?**\n\n"
            "A: I will give you a month, not a day. The first sailing is planned for December.\n");
        const Extraction x = extractArticle(text, QDate(2033, 7, 6), QStringLiteral("Lake Basin Weekly"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("a month, not a day")), QStringLiteral("Grace Akinyi Odhiambo"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Brian Ochieng, Grace Akinyi Odhiambo"));
        QCOMPARE(interviews.first().date, QStringLiteral("2033-07-04"));
    }

    // Honours of address before a name: "Dame Losa Tuimavave" then "Dame
    // Losa" is one person, Losa Tuimavave; "Sayyid Talal bin Saif Al
    // Busaidi" then "Sayyid Talal" one too.
    void honoursOfAddressBeforeNames()
    {
        const QString text = QStringLiteral(
            "PORT VILA — The mission met the chair of the Electoral Commission, Dame Losa Tuimavave, on Monday. "
            "\u201cWe asked Dame Losa to be hard on us, and she was,\u201d the head of the mission said.\n\n"
            "Oman's envoy, Sayyid Talal bin Saif Al Busaidi, flew to Tehran on Thursday. Sayyid Talal said the "
            "crew were well.\n");
        const Extraction x = extractArticle(text, QDate(2034, 6, 17));
        QCOMPARE(peopleOf(x), QStringLiteral("Losa Tuimavave, Talal bin Saif Al Busaidi"));
        // "Mumbai-based Coral Bay Shipmanagement": a firm, not a person, its
        // place's adjective no part of its name.
        const Extraction y = extractArticle(
            QStringLiteral("The ship is managed by Mumbai-based Coral Bay Shipmanagement, which said it had lawful "
                           "papers.\n"),
            QDate(2034, 6, 17));
        QCOMPARE(peopleOf(y), QString());
        bool firm = false;
        for (const Entity &e : y.entities)
            firm = firm || (e.kind == NodeKind::Organization && e.label == QLatin1String("Coral Bay Shipmanagement"));
        QVERIFY(firm);
        // "the International Tribunal for the Law of the Sea": a tribunal is
        // an organisation, no one named "International Tribunal".
        const Extraction z = extractArticle(
            QStringLiteral("HAMBURG — A special chamber of the International Tribunal for the Law of the Sea ruled on "
                           "Tuesday.\n"),
            QDate(2034, 1, 19));
        QCOMPARE(peopleOf(z), QString());
    }

    // "Kyrgyz and Tajik forces fired on each other's positions overnight
    // from Tuesday into Wednesday": a clash of the two countries' forces,
    // of the day it began; "the guard fired on a stray dog" none.
    void forcesFiringOnEachOther()
    {
        const Extraction x = extractArticle(
            QStringLiteral("BISHKEK — Kyrgyz and Tajik forces fired on each other's positions overnight from Tuesday "
                           "into Wednesday around the village of Kok-Tash, officials on both sides said.\n"),
            QDate(2034, 4, 19));
        const QList<Event> clash = eventsOf(x, QStringLiteral("military_action"));
        QVERIFY2(clash.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, clash.first().participants), QStringLiteral("Kyrgyzstan, Tajikistan"));
        QCOMPARE(clash.first().date, QStringLiteral("2034-04-18"));
        const Extraction y = extractArticle(QStringLiteral("BISHKEK — A Kyrgyz guard fired on a stray dog on Tuesday.\n"),
                                            QDate(2034, 4, 19));
        QVERIFY2(eventsOf(y, QStringLiteral("military_action")).isEmpty(), eventsSaid(y).constData());
    }

    // CONVENTIONS.md [body]: "The two-day congress of the Independent
    // Metalworkers' Union of Serbia (IMUS), held on Friday and Saturday": a
    // session of the union, a meeting; "the US Congress" is none.
    void aUnionsCongress()
    {
        const Extraction x = extractArticle(
            QStringLiteral("KRAGUJEVAC - The two-day congress of the Independent Metalworkers' Union of Serbia (IMUS), "
                           "held on Friday and Saturday in the city's sports hall, drew 463 delegates.\n"),
            QDate(2033, 10, 16));
        const QList<Event> congress = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(congress.size() == 1, eventsSaid(x).constData());
        QCOMPARE(congress.first().date, QStringLiteral("2033-10-14/2033-10-15"));
        QCOMPARE(namesOf(x, congress.first().participants), QStringLiteral("Independent Metalworkers' Union of Serbia"));
        const Extraction y = extractArticle(
            QStringLiteral("WASHINGTON - The bill passed Congress on Friday, and the ministry said the congress of "
                           "voters would judge it.\n"),
            QDate(2033, 10, 16));
        QVERIFY2(eventsOf(y, QStringLiteral("meeting")).isEmpty(), eventsSaid(y).constData());
    }

    // "the environment ministers of the three countries — Colombia's Juliana
    // Arbeláez, Peru's Rosa Huamaní, Brazil's Tiago Ferraz — met in
    // Tabatinga": the ministers, not their countries.
    void countriesPossessivePeople()
    {
        const QString text = QStringLiteral(
            "LETICIA — On September 14 the environment ministers of the three countries \u2014 Colombia\u2019s "
            "Juliana Arbel\u00e1ez, Peru\u2019s Rosa Huam\u00e1n\u00ed, Brazil\u2019s Tiago Ferraz \u2014 met in "
            "Tabatinga to agree a plan.\n");
        const Extraction x = extractArticle(text, QDate(2033, 9, 20));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants),
                 QStringLiteral("Juliana Arbel\u00e1ez, Rosa Huam\u00e1n\u00ed, Tiago Ferraz"));
    }

    // "Sayyid Talal flew to Tehran on Thursday for talks with Sadeghi and is
    // expected back in Muscat on Saturday": the talks are of Thursday, held,
    // and the Saturday is the return's.
    void expectedBackIsTheReturn()
    {
        const Extraction x = extractArticle(
            QStringLiteral("MUSCAT — Oman's foreign minister, Sayyid Talal bin Saif Al Busaidi, flew to Tehran on "
                           "Thursday for talks with Foreign Minister Mehdi Sadeghi and is expected back in Muscat on "
                           "Saturday.\n"),
            QDate(2034, 6, 17));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2034-06-15"));
        QVERIFY(!talks.first().planned);
    }

    // Under "What comes next", what a sentence tells in the past is done:
    // "X, who spoke with Y by video call from Suva on Friday, said …" is
    // the Friday gone; "The commission will meet on Friday" the one ahead.
    void pastToldUnderWhatComesNext()
    {
        const Extraction x = extractArticle(
            QStringLiteral("PORT VILA — The observers published their report on Saturday.\n\n"
                           "**What comes next**\n\n"
                           "Forum Secretary General Tevita Lolohea, who spoke with Dame Losa Tuimavave by video call "
                           "from Suva on Friday, said in a statement that the Forum stood ready to help.\n"),
            QDate(2034, 3, 18));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2034-03-17"));
        QVERIFY(!calls.first().planned);
        // "The mission's deputy head, Ratu Jone Vakacegu of Fiji, told
        // Melanesia Today on Friday that …": his interview.
        const Extraction y = extractArticle(
            QStringLiteral("PORT VILA — The mission's deputy head, Ratu Jone Vakacegu of Fiji, told Melanesia Today on "
                           "Friday that he had watched a crowd wait from dawn.\n"),
            QDate(2034, 3, 18), QStringLiteral("Melanesia Today"));
        const QList<Event> interviews = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, interviews.first().participants), QStringLiteral("Melanesia Today, Ratu Jone Vakacegu"));
    }

    // "Minister Adjoa Mensah met Kofi Badu … at her ministry": the
    // possessive is the subject's, not the one she met, so Badu is no
    // "she" and his own "he said" is still his.
    void possessiveAfterTheOneMetIsTheSubjects()
    {
        const QString text = QStringLiteral(
            "ACCRA — The union's delegation was led by its general secretary, Kofi Badu.\n\n"
            "Badu said the executive would not recommend the offer.\n\n"
            "\u201cWe did not walk out to decide for our members,\u201d he said.\n\n"
            "Labour Minister Adjoa Mensah met Badu and other union leaders at her ministry on Tuesday.\n");
        QCOMPARE(speakerIn(text, QDate(2034, 3, 2), QStringLiteral("We did not walk out")), QStringLiteral("Kofi Badu"));
    }

    // "Mensah met Badu on Tuesday, but said afterwards that the
    // government “…”": the verb after "but" is the sentence subject's.
    void butSaidIsTheSubjects()
    {
        const QString text = QStringLiteral(
            "ACCRA — Labour Minister Adjoa Mensah met union leader Kofi Badu in Accra on Tuesday, but said afterwards "
            "that the government \u201cwill not sit at a table where it is not an employer\u201d.\n");
        QCOMPARE(speakerIn(text, QDate(2034, 3, 2), QStringLiteral("will not sit at a table")),
                 QStringLiteral("Adjoa Mensah"));
    }

    // "Badu, speaking to Harbour FM on Thursday morning, accused the
    // company of …": the reported words are Badu's, not the station's.
    void reportedVerbAfterAnAside()
    {
        const QString text = QStringLiteral(
            "ACCRA — Union leader Kofi Badu, speaking to Harbour FM on Thursday morning, accused the company of "
            "using agency workers to break the strike.\n");
        const Extraction x = extractArticle(text, QDate(2034, 3, 2));
        QStringList reported;
        for (const Statement &s : x.statements) {
            if (!s.direct)
                reported.append((s.speaker >= 0 ? x.entities[s.speaker].label : QStringLiteral("(nobody)")) +
                                QStringLiteral(": ") + text.mid(s.text.start, s.text.end - s.text.start));
        }
        QCOMPARE(reported, QStringList{QStringLiteral(
                               "Kofi Badu: the company of using agency workers to break the strike")});
    }

    // Dialogue set out as lines opened by a dash, as French or Spanish text
    // sets it: "— We will not sell, Rakoto said. Below that, …" is his
    // (both parts); "— And I will not let them, the minister replied." is
    // hers; a line with no attribution answers the one before it, so is
    // said by whoever spoke the line before that. A run of dashed lines
    // with no attribution is a list, not speech.
    void dashedDialogueLines()
    {
        const QString text = QStringLiteral(
            "SAMBAVA \u2014 The Minister of Commerce, Hanitra Ravelo, met the growers' leader, Jean Rakoto, on "
            "Tuesday.\n\n"
            "\u2014 We will not sell at 75,000 ariary a kilo, Rakoto said. Below that, our children leave school.\n\n"
            "\u2014 And I will not let anyone buy below it, the minister replied.\n\n"
            "\u2014 Then write it in the decree, madam minister.\n\n"
            "\u2014 It will be written.\n\n"
            "The decree is due next month.\n");
        const Extraction x = extractArticle(text, QDate(2033, 8, 18));
        QCOMPARE(speakerOf(x, text, QStringLiteral("We will not sell")), QStringLiteral("Jean Rakoto"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("our children leave school")), QStringLiteral("Jean Rakoto"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("And I will not let")), QStringLiteral("Hanitra Ravelo"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Then write it")), QStringLiteral("Jean Rakoto"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("It will be written")), QStringLiteral("Hanitra Ravelo"));
        // Each statement's words are the line's, without its dash or its attribution.
        const Statement *first = quotationOf(x, text, QStringLiteral("We will not sell"));
        QVERIFY(first);
        QCOMPARE(text.mid(first->text.start, first->text.end - first->text.start),
                 QStringLiteral("We will not sell at 75,000 ariary a kilo,"));
        QVERIFY(text.mid(first->evidence.start, first->evidence.end - first->evidence.start).startsWith(QChar(0x2014)));
        QVERIFY(spansHold(x, text));
        const QString list = QStringLiteral(
            "MUSCAT \u2014 The ministry listed the week's work.\n\n"
            "\u2014 Talks with the Indonesian delegation on trade and on the new consulate in Surabaya.\n\n"
            "\u2014 A meeting of the joint committee on fisheries and on the ports of the Gulf of Oman.\n");
        const Extraction y = extractArticle(list, QDate(2033, 8, 18));
        QVERIFY(std::none_of(y.statements.cbegin(), y.statements.cend(), [](const Statement &st) { return st.direct; }));
    }

    // "Karim Ismael, president of the Vanilla Exporters' Group (GEV),
    // which brings together the main houses, warned that a price « … »":
    // past the relative clause and the title, the words are Ismael's, not
    // the group's.
    void verbAfterATitleAndARelativeClause()
    {
        const QString text = QStringLiteral(
            "SAMBAVA \u2014 Karim Ismael, president of the Vanilla Exporters' Group (GEV), which brings together the "
            "main exporting houses in Antalaha and Sambava, warned that a price set in the capital "
            "\u00ab does not exist in Hamburg or New Jersey \u00bb.\n");
        QCOMPARE(speakerIn(text, QDate(2033, 8, 18), QStringLiteral("does not exist in Hamburg")),
                 QStringLiteral("Karim Ismael"));
    }

    // A live blog, newest entry first, names "Baptiste" above the entry
    // that gives "Prime Minister Kendrick Baptiste": the surname read
    // first is his, so he is met, and his words are his. Not "Ministers"
    // after a person taken from "Foreign Ministers".
    void surnameBeforeTheFullName()
    {
        const QString text = QStringLiteral(
            "**16:20** \u2014 Two leaders will fly to Kingstown on Thursday to meet Baptiste and see the shelters.\n\n"
            "**15:02** \u2014 Baptiste, who looked exhausted, thanked his colleagues. \u201cI asked for help at "
            "breakfast,\u201d he said.\n\n"
            "**09:12** \u2014 Vincentian Prime Minister Kendrick Baptiste has landed at Grantley Adams International "
            "Airport.\n");
        const Extraction x = extractArticle(text, QDate(2033, 11, 8));
        QCOMPARE(speakerOf(x, text, QStringLiteral("I asked for help")), QStringLiteral("Kendrick Baptiste"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QVERIFY(namesOf(x, meetings.first().participants).contains(QStringLiteral("Kendrick Baptiste")));
        QCOMPARE(peopleOf(x), QStringLiteral("Kendrick Baptiste"));
    }

    // "The emergency special meeting of CARICOM heads of government has
    // opened in Bridgetown": a bloc's leaders meeting is a summit, and one
    // that has opened is under way on the article's day (inferred).
    void blocLeadersMeetingUnderWay()
    {
        const Extraction x = extractArticle(
            QStringLiteral("BRIDGETOWN \u2014 The emergency special meeting of CARICOM heads of government has opened "
                           "in Bridgetown. Eleven leaders are in the room.\n"),
            QDate(2033, 11, 8));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("CARICOM"));
        QCOMPARE(summits.first().date, QStringLiteral("2033-11-08"));
        QVERIFY(!summits.first().dateStated);
        QVERIFY(eventsOf(x, QStringLiteral("meeting")).isEmpty());
    }

    // "The Community's foreign ministers, sitting as the Council for
    // Foreign and Community Relations, will meet by video on Friday": one
    // body (its name goes on past "and"), meeting by video, a ministerial
    // of ministers sitting as it. So is a body named for its ministers
    // ("Joint Ministerial Monitoring Committee (JMMC)"); another body
    // meeting by video holds a meeting.
    void bodiesMeetingByVideo()
    {
        const Extraction x = extractArticle(
            QStringLiteral("BRIDGETOWN \u2014 The Community's foreign ministers, sitting as the Council for Foreign and "
                           "Community Relations, will meet by video on Friday to coordinate offers of help.\n"),
            QDate(2033, 11, 8));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants),
                 QStringLiteral("Council for Foreign and Community Relations"));
        QCOMPARE(ministerials.first().date, QStringLiteral("2033-11-11"));
        QVERIFY(ministerials.first().planned);
        const Extraction y = extractArticle(
            QStringLiteral("VIENNA \u2014 The group's Joint Ministerial Monitoring Committee (JMMC) will meet by "
                           "videoconference on Nov. 5 to review the market.\n"),
            QDate(2025, 10, 30));
        QVERIFY2(eventsOf(y, QStringLiteral("ministerial")).size() == 1, eventsSaid(y).constData());
        const Extraction z = extractArticle(
            QStringLiteral("ACCRA \u2014 The National Security Council will meet by video on Friday.\n"), QDate(2033, 11, 8));
        const QList<Event> meetings = eventsOf(z, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, meetings.first().participants), QStringLiteral("National Security Council"));
    }

    // "Maharaj told the Herald afterwards" in the Eastern Caribbean
    // Herald: the article's own outlet by its last word, on the day of the
    // meeting told before. "Speaking to the Pacific Fisheries Report by
    // phone, Park Jin-woo said": a report is an outlet, the call its
    // interview's way, and "Park Jin-woo" someone, not a park.
    void outletsByShortNamesAndReports()
    {
        const Extraction x = extractArticle(
            QStringLiteral("BRIDGETOWN \u2014 On Tuesday, Prime Minister Anil Maharaj met Prime Minister Kendrick "
                           "Baptiste. Maharaj told the Herald afterwards that the first ferry could sail by the weekend.\n"),
            QDate(2033, 11, 9), QStringLiteral("Eastern Caribbean Herald"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Anil Maharaj, Eastern Caribbean Herald"));
        QCOMPARE(interviews.first().date, QStringLiteral("2033-11-08"));
        const Extraction y = extractArticle(
            QStringLiteral("SEOUL \u2014 Speaking to the Pacific Fisheries Report by phone from Busan, Park Jin-woo said "
                           "the fleets would wait.\n"),
            QDate(2033, 11, 9));
        QCOMPARE(peopleOf(y), QStringLiteral("Park Jin-woo"));
        const QList<Event> told = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(told.size() == 1 && eventsOf(y, QStringLiteral("phone_call")).isEmpty(), eventsSaid(y).constData());
        QCOMPARE(namesOf(y, told.first().participants), QStringLiteral("Pacific Fisheries Report, Park Jin-woo"));
    }

    // A ministry's weekly summary: "the Minister of State for Foreign
    // Affairs of the State of Qatar, Sheikh X" leaves no one called
    // "Affairs" (nor takes "the Minister" from the minister it is about);
    // "talks with Yousef bin Ahmed Al Khalifa": "bin" makes a name wherever
    // it stands; "the Future Investment Initiative conference" is no one;
    // "ahead of the GCC summit in Doha in December" is a summit of its own,
    // planned, not a party to the talks.
    void ministrySummaryNamesAndSummitAhead()
    {
        const QString text = QStringLiteral(
            "KUWAIT CITY \u2014 The Ministry issues a summary of the activities of the Minister of Foreign Affairs, "
            "Abdulaziz Al-Rashidi.\n\n"
            "- On Monday, the Minister took part in a session chaired by the Minister of State for Foreign Affairs of "
            "the State of Qatar, Sheikh Khalifa bin Saud Al Thani.\n\n"
            "- On Thursday, on the sidelines of the Future Investment Initiative conference in Riyadh, the Minister "
            "met the Minister of Foreign Affairs of Pakistan, Sadia Qureshi.\n\n"
            "- Tomorrow, the Minister will travel to Manama for talks with the Minister of Foreign Affairs of the "
            "Kingdom of Bahrain, Dr Yousef bin Ahmed Al Khalifa, ahead of the GCC summit in Doha in December.\n");
        const Extraction x = extractArticle(text, QDate(2033, 10, 30));
        QCOMPARE(peopleOf(x), QStringLiteral("Abdulaziz Al-Rashidi, Khalifa bin Saud Al Thani, Sadia Qureshi, "
                                             "Yousef bin Ahmed Al Khalifa"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(namesOf(x, talks.first().participants).contains(QStringLiteral("Yousef bin Ahmed Al Khalifa")));
        QVERIFY(!namesOf(x, talks.first().participants).contains(QStringLiteral("GCC")));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("GCC"));
        QCOMPARE(summits.first().date, QStringLiteral("2033-12"));
        QVERIFY(summits.first().planned);
    }

    // After a bloc's summit: "Sri Lanka will host the next summit in
    // Colombo in 2035" is the bloc's summit too, and "The leaders last met
    // in Bangkok in 2031" its summit before, not a meeting of the host.
    void nextAndLastSummitsOfTheBloc()
    {
        const Extraction x = extractArticle(
            QStringLiteral("THIMPHU \u2014 Leaders of the seven BIMSTEC countries ended their summit in Thimphu on "
                           "Saturday.\n\n"
                           "Sri Lanka will host the next summit in Colombo in 2035. The leaders last met in Bangkok in "
                           "2031, when the bloc adopted its master plan.\n"),
            QDate(2033, 12, 4));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 3, eventsSaid(x).constData());
        QVERIFY(eventsOf(x, QStringLiteral("meeting")).isEmpty());
        for (const Event &e : summits)
            QVERIFY2(namesOf(x, e.participants).contains(QStringLiteral("BIMSTEC")), eventsSaid(x).constData());
        QCOMPARE(summits[1].date, QStringLiteral("2035"));
        QVERIFY(summits[1].planned);
        QCOMPARE(summits[2].date, QStringLiteral("2031"));
    }

    // An arbitration: "hearings that opened on May 15 and closed on
    // Thursday" run from the one day to the other; "Pillai told the
    // tribunal … on Thursday" is a day of those hearings, not a hearing of
    // its own, nor does it narrow their days; "after the hearing closed" is
    // its last day; "will be back before the High Court on June 12" is a
    // hearing to come.
    void hearingsFromOpeningToClose()
    {
        const QString text = QStringLiteral(
            "SINGAPORE \u2014 The tribunal, chaired by Margaret Loh, heard evidence at Maxwell Chambers in hearings "
            "that opened on May 15 and closed on Thursday.\n\n"
            "\u201cThis is not a case about rain,\u201d Rajan Pillai, counsel for Laos, told the tribunal in his "
            "closing submission on Thursday.\n\n"
            "Wiroj Chantarasiri, speaking to the Mekong Business Daily after the hearing closed, said he remained "
            "open to a settlement.\n\n"
            "Separately, Pillai and Natalie Goh will be back before the Singapore High Court on June 12.\n");
        const Extraction x = extractArticle(text, QDate(2034, 5, 26));
        const QList<Event> hearings = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(hearings[0].date, QStringLiteral("2034-05-15/2034-05-25"));
        QVERIFY(namesOf(x, hearings[0].participants).contains(QStringLiteral("Rajan Pillai")));
        QCOMPARE(hearings[1].date, QStringLiteral("2034-06-12"));
        QVERIFY(hearings[1].planned);
        QCOMPARE(namesOf(x, hearings[1].participants), QStringLiteral("Natalie Goh, Rajan Pillai"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2034-05-25"));
    }

    // An obituary: "Eeva-Liisa Haapanen … died. Her daughter, Katri
    // Haapanen, said … Haapanen joined the foreign service": the surname
    // alone is the one the text is about, named first and most, not the
    // relative named last.
    void sharedSurnameIsTheOneNamedMost()
    {
        const QString text = QStringLiteral(
            "HELSINKI \u2014 Eeva-Liisa Haapanen, who served as foreign minister, died on Saturday.\n\n"
            "Her daughter, Katri Haapanen, said she had died peacefully.\n\n"
            "Born in Kuopio in 1947, Haapanen joined the foreign service at 24. \u201cPeace is mostly "
            "furniture,\u201d Haapanen liked to say.\n");
        const Extraction x = extractArticle(text, QDate(2034, 1, 23));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Peace is mostly furniture")), QStringLiteral("Eeva-Liisa Haapanen"));
        for (const Entity &e : x.entities) {
            if (e.label == QLatin1String("Katri Haapanen"))
                QCOMPARE(e.mentions.size(), 1);
        }
    }

    // "On Tuesday afternoon … That same afternoon, the minister met for
    // more than two hours with the leaders of the growers' cooperative,
    // led by its president, Jean Rakoto": a meeting (how long, then
    // whom), on the day named before with that afternoon, not the last day
    // named. "X, speaking to Harbour FM on Thursday morning": an FM
    // station is an outlet.
    void thatSameAfternoonAndFmStations()
    {
        const Extraction x = extractArticle(
            QStringLiteral("SAMBAVA \u2014 On Tuesday afternoon, some two hundred growers crowded in to hear the "
                           "Minister of Commerce, Hanitra Ravelo, on the first day of a two-day working visit that "
                           "ended on Wednesday.\n\n"
                           "That same afternoon, the minister met for more than two hours with the leaders of the "
                           "growers' cooperative, led by its president, Jean Rakoto.\n"),
            QDate(2033, 8, 18));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2033-08-16"));
        QVERIFY(namesOf(x, meetings.first().participants).contains(QStringLiteral("Hanitra Ravelo")));
        QVERIFY(namesOf(x, meetings.first().participants).contains(QStringLiteral("Jean Rakoto")));
        const Extraction y = extractArticle(
            QStringLiteral("TEMA \u2014 Union leader Kofi Badu, speaking to Harbour FM on Thursday morning, accused the "
                           "company of using agency workers.\n"),
            QDate(2034, 3, 2));
        const QList<Event> interviews = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, interviews.first().participants), QStringLiteral("Harbour FM, Kofi Badu"));
        QCOMPARE(interviews.first().date, QStringLiteral("2034-03-02"));
    }

    // "Karimova and Sharipov first met in Samarkand in 2031. Both will
    // travel to Almaty next week for a meeting with their counterparts from
    // Kyrgyzstan and Turkmenistan": "Both" are the two, and two foreign
    // ministers meeting those of two countries more hold a ministerial.
    // "a state visit in June, when the two presidents would hold talks":
    // the talks are of the visit's days.
    void bothAndCounterpartsAndTalksDuringAVisit()
    {
        const Extraction x = extractArticle(
            QStringLiteral("TASHKENT \u2014 Uzbek Foreign Minister Dilnoza Karimova held talks with Tajik Foreign "
                           "Minister Farrukh Sharipov on Tuesday.\n\n"
                           "Karimova and Sharipov first met in Samarkand in 2031. Both will travel to Almaty next week "
                           "for a meeting with their counterparts from Kyrgyzstan and Turkmenistan.\n\n"
                           "Tajik President Rustam Nazarov said he expected Uzbek President Sherzod Alimov in Dushanbe "
                           "for a state visit in June, when the two presidents would hold talks on the railway.\n"),
            QDate(2034, 4, 19));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants),
                 QStringLiteral("Dilnoza Karimova, Farrukh Sharipov, Kyrgyzstan, Turkmenistan"));
        QVERIFY(ministerials.first().planned);
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        QCOMPARE(talks[1].date, QStringLiteral("2034-06"));
        QVERIFY(!talks[1].dateStated);
    }

    // Interviews: "speaking to SABC radio on Wednesday" (a word for an
    // outlet after its name), "Speaking to the Kuwait News Agency at the
    // airport, he said" (the one "he" stands for), "after the hearing" (the
    // hearing's day, not the last event's); and "Sheikh Khalid bin Rashid
    // Al Khalifa" is one name, its particles holding it together.
    void interviewsSpokenToAndNamesWithParticles()
    {
        const QString sabc = QStringLiteral(
            "Water Minister Sipho Mahlangu met Lesotho's envoy on Monday. Mahlangu, speaking to SABC radio on "
            "Wednesday, said South Africa would pay more.\n");
        const Extraction x = extractArticle(sabc, QDate(2032, 4, 16));
        const QList<Event> radio = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(radio.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, radio.first().participants), QStringLiteral("SABC, Sipho Mahlangu"));
        QCOMPARE(radio.first().date, QStringLiteral("2032-04-14"));
        const QString kuna = QStringLiteral(
            "Bahrain's Foreign Minister, Sheikh Khalid bin Rashid Al Khalifa, arrived late on Sunday.\n\n"
            "Speaking to the Kuwait News Agency (KUNA) at the airport, he said Bahrain would host the next "
            "session.\n");
        const Extraction y = extractArticle(kuna, QDate(2032, 12, 5));
        QCOMPARE(peopleOf(y), QStringLiteral("Khalid bin Rashid Al Khalifa"));
        const QList<Event> agency = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(agency.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, agency.first().participants),
                 QStringLiteral("Khalid bin Rashid Al Khalifa, Kuwait News Agency"));
        const QString hearing = QStringLiteral(
            "Chess federation officials met in Swakopmund on September 9.\n\n"
            "Helena Nangolo testified before the High Court in Windhoek on September 14.\n\n"
            "Speaking to NBC Radio after the hearing, she said the election was fair.\n");
        const Extraction z = extractArticle(hearing, QDate(2033, 9, 20));
        const QList<Event> after = eventsOf(z, QStringLiteral("interview"));
        QVERIFY2(after.size() == 1, eventsSaid(z).constData());
        QCOMPARE(after.first().date, QStringLiteral("2033-09-14"));
    }

    // "Since Monday, some 600 employees of X are on strike": a stoppage told
    // in the present since a day opening the sentence began that day; a
    // sentence opened by "Before Monday," or "Until Monday," is not dated so.
    void aStrikeSinceADayOpeningTheSentence()
    {
        const QString text = QStringLiteral(
            "Since Monday, some 600 employees of Acme Port Services are on strike at the call of the Dockers "
            "Union.\n");
        const Extraction x = extractArticle(text, QDate(2032, 3, 17));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2032-03-15"));
        const QString until = QStringLiteral(
            "Until Monday, the Dockers Union met Acme Port Services every week in Valparaiso.\n");
        const Extraction y = extractArticle(until, QDate(2032, 3, 17));
        const QList<Event> meetings = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY(meetings.isEmpty() || meetings.first().date != QLatin1String("2032-03-15"));
    }

    // "met her counterpart from across the bay, Yolanda Canché Pech,
    // municipal president of Othón P. Blanco, at the border crossing on
    // Friday": the day is the meeting's past the asides (their length does
    // not count), and a middle initial ends no sentence.
    void aDatePastAsidesAndAMiddleInitial()
    {
        const QString text = QStringLiteral(
            "Corozal Town Mayor Rosita Cal met her counterpart from across the bay, Yolanda Canch\u00e9 Pech, "
            "municipal president of Oth\u00f3n P. Blanco, at the Santa Elena border crossing on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2032, 6, 22));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2032-06-18"));
        QVERIFY2(namesOf(x, meetings.first().participants).contains(QStringLiteral("Rosita Cal")), qPrintable(namesOf(x, meetings.first().participants)));
        QCOMPARE(detail::Text(text).sentences.size(), qsizetype(1));
        // A full stop after a capital that ends a sentence still ends it.
        QCOMPARE(detail::Text(QStringLiteral("They chose plan B. Then they left.")).sentences.size(), qsizetype(2));
    }

    // A briefing's transcript labelled by a role ("SPOKESPERSON: …") after
    // "given by the Spokesperson, Zara Imtiaz": her turns. "Deputy Foreign
    // Minister X" is a deputy's title, and "Foreign Minister Y of
    // Azerbaijan" another country's: "the Foreign Minister" is neither.
    void aTranscriptLabelledByARole()
    {
        const QString text = QStringLiteral(
            "Transcript: weekly press briefing\n\n"
            "*The text of the weekly briefing given on Thursday in Islamabad by the Spokesperson, Zara Imtiaz.*\n\n"
            "SPOKESPERSON: Good afternoon. Foreign Minister Hamid Qazi will visit Baku next week and hold talks with "
            "Foreign Minister Elchin Gasimov of Azerbaijan.\n\n"
            "QUESTION (Asif Mehmood, Daily Sarhad): Has Pakistan raised the closed crossing with Tehran?\n\n"
            "SPOKESPERSON: We have. Our Ambassador met Deputy Foreign Minister Reza Nourbakhsh on Tuesday. As the "
            "Foreign Minister said last month, \u201cthe two countries are one heart.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2032, 6, 10));
        int turns = 0;
        for (const Statement &s : x.statements) {
            if (s.rule == QLatin1String("transcript turn")) {
                ++turns;
                QCOMPARE(x.entities[s.speaker].label, QStringLiteral("Zara Imtiaz"));
            }
        }
        QCOMPARE(turns, 2);
        // (The quotation inside her turn is the minister's.)
        const auto quoted = std::find_if(x.statements.cbegin(), x.statements.cend(), [&](const Statement &s) {
            return s.rule.startsWith(QLatin1String("quotation")) &&
                   text.mid(s.text.start, s.text.end - s.text.start).contains(QLatin1String("one heart"));
        });
        QVERIFY(quoted != x.statements.cend());
        QCOMPARE(x.entities.value(quoted->speaker).label, QStringLiteral("Hamid Qazi"));
        const auto deputy = std::find_if(x.entities.cbegin(), x.entities.cend(),
                                         [](const Entity &e) { return e.label == QLatin1String("Reza Nourbakhsh"); });
        QVERIFY(deputy != x.entities.cend());
        QCOMPARE(deputy->title, QStringLiteral("Deputy Foreign Minister"));
    }

    // "were questioned for three hours on Wednesday by the Scottish
    // Parliament's Rural Affairs Committee": a hearing (CONVENTIONS.md
    // [other]) of the committee, not of the parliament it is of; not
    // "questioned by police", nor "was questioned" alone.
    void questionedByACommittee()
    {
        const QDate date(2031, 6, 20);
        const QString text = QStringLiteral(
            "EDINBURGH \u2014 The two executives of the ferry yard were questioned for more than three hours on "
            "Wednesday by the Scottish Parliament's Rural Affairs Committee.\n");
        const Extraction x = extractArticle(text, date);
        const QList<Event> hearings = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, hearings.first().participants), QStringLiteral("Rural Affairs Committee"));
        QCOMPARE(hearings.first().date, QStringLiteral("2031-06-18"));
        const QString police = QStringLiteral(
            "The two executives of the Clyde Marine Company were questioned on Wednesday by police in Glasgow.\n");
        const Extraction y = extractArticle(police, date);
        QVERIFY2(eventsOf(y, QStringLiteral("other")).isEmpty(), eventsSaid(y).constData());
    }

    // "The foreign ministers are due to meet again": those of the last
    // event told of "foreign ministers", not of the event told last (a
    // mother's visit in between).
    void meetingAgainOfTheGroupItNames()
    {
        const QString text = QStringLiteral(
            "On October 28, the two foreign ministers, Awa Traore and Moussa Kabore, met in Lome with Togo's Foreign "
            "Minister Komi Adzo.\n\n"
            "Fatou Sanogo, whose son is detained, travelled to Bamako last week and met officials of the foreign "
            "ministry.\n\n"
            "The foreign ministers are due to meet again in Lome on November 27, officials said.\n");
        const Extraction x = extractArticle(text, QDate(2031, 11, 20));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        const auto again = std::find_if(meetings.cbegin(), meetings.cend(),
                                        [](const Event &e) { return e.date == QLatin1String("2031-11-27"); });
        QVERIFY2(again != meetings.cend(), eventsSaid(x).constData());
        QCOMPARE(namesOf(x, again->participants), QStringLiteral("Awa Traore, Komi Adzo, Moussa Kabore"));
        QVERIFY(again->planned);
    }

    // "Presidents Jean-Marc Ahoua and Ibrahim Zongo": a title's plural in
    // capitals before names is a title, each one's singular; "EAC Heads of
    // State" is a title of the bloc's leaders, no place; lower case ("the
    // presidents of A and B") and "Ministers of Finance of Central America"
    // name nobody.
    void pluralTitlesBeforeNames()
    {
        const QString text = QStringLiteral(
            "Presidents Jean-Marc Kobina and Ibrahim Sanou spoke by phone on Monday.\n\n"
            "The Council of Ministers of Finance of Central America met in Tegucigalpa. A summit of SADC Heads of "
            "State will be held in Maputo in September.\n");
        const Extraction x = extractArticle(text, QDate(2031, 4, 8));
        QCOMPARE(peopleOf(x), QStringLiteral("Ibrahim Sanou, Jean-Marc Kobina"));
        const auto kobina = std::find_if(x.entities.cbegin(), x.entities.cend(),
                                         [](const Entity &e) { return e.label == QLatin1String("Jean-Marc Kobina"); });
        QCOMPARE(kobina->title, QStringLiteral("President"));
        QVERIFY2(std::none_of(x.entities.cbegin(), x.entities.cend(),
                              [](const Entity &e) { return e.label.contains(QLatin1String("Heads")); }),
                 eventsSaid(x).constData());
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("SADC"));
        QVERIFY(summits.first().place < 0 || x.entities[summits.first().place].label == QLatin1String("Maputo"));
    }

    // A press release's headline of two stories ("…; Minister visits X")
    // gives the visit no actor of the first, and "The Minister will also
    // hold a video call with X" has the holder of the title for a caller.
    void aHeadlinesSecondStoryAndTheMinistersCall()
    {
        const QString text = QStringLiteral(
            "Press release: Laos and Korea agree to restore Nam Ngum fish sanctuaries; Minister visits Savannakhet\n\n"
            "VIENTIANE, 8 April 2031 \u2014 The Ministry of Agriculture announces a deal with Korea to restore 42 "
            "fish sanctuaries in the Nam Ngum lake.\n\n"
            "The deal was signed on Monday by the Minister of Agriculture and Forestry, H.E. Khamphan Sisouk.\n\n"
            "The Minister visited rice farms in Savannakhet province last week.\n\n"
            "The Minister will also hold a video call next month with Thailand's Minister of Agriculture and "
            "Cooperatives, H.E. Wanchai Srisuk, on the rice trade.\n");
        const Extraction x = extractArticle(text, QDate(2031, 4, 8));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Khamphan Sisouk"));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Khamphan Sisouk, Wanchai Srisuk"));
        QVERIFY(calls.first().planned);
    }

    // "About 5,000 cane farmers have been on strike since Monday. The
    // growers' association says …": a strike under way that names no party
    // is of the one association the article names; not when it names two,
    // nor a strike only spoken of.
    void aStrikeWithoutItsPartyIsOfTheOnlyUnion()
    {
        const QDate date(2031, 10, 3);
        const QString one = QStringLiteral(
            "About 3,000 coffee pickers in the western hills have been on strike since Monday, refusing to pick "
            "for the estates. The Western Coffee Pickers' Association says the wage has not moved in four years.\n");
        const Extraction x = extractArticle(one, date);
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, strikes.first().participants), QStringLiteral("Western Coffee Pickers' Association"));
        QCOMPARE(strikes.first().date, QStringLiteral("2031-09-29"));
        // Two associations: which one is not known, so no strike is told.
        const QString two = one + QStringLiteral("The Eastern Growers' Federation backed the estates.\n");
        const Extraction y = extractArticle(two, date);
        QVERIFY2(eventsOf(y, QStringLiteral("strike")).isEmpty(), eventsSaid(y).constData());
        // A strike threatened, not under way: none.
        const QString threat = QStringLiteral(
            "Coffee pickers in the western hills could go on strike next week. The Western Coffee Pickers' "
            "Association says the wage has not moved in four years.\n");
        const Extraction z = extractArticle(threat, date);
        QVERIFY2(eventsOf(z, QStringLiteral("strike")).isEmpty(), eventsSaid(z).constData());
    }

    // "next spring", "last autumn": the season's year, as the article's
    // date places it; and "the two ministers" are those whose titles go on
    // with a portfolio ("Minister of Water"), not the last two "Minister"s.
    void seasonsAndTitledPairsOfMinisters()
    {
        const QString text = QStringLiteral(
            "Trade Minister Ali Soilihi spoke on radio on Monday.\n\n"
            "Namibia's Minister of Water, Petrus Haufiku, and Angola's Minister of Energy and Water, Rosa Kiala, met "
            "at the Ruacana dam last Wednesday. The two ministers will meet again in Luanda next spring.\n\n"
            "Haufiku visited Oshakati last autumn.\n");
        const Extraction x = extractArticle(text, QDate(2026, 12, 3));
        // ("Minister of Energy" going on with "and Water" is no organisation.)
        QCOMPARE(peopleOf(x), QStringLiteral("Ali Soilihi, Petrus Haufiku, Rosa Kiala"));
        QVERIFY2(std::none_of(x.entities.cbegin(), x.entities.cend(),
                              [](const Entity &e) { return e.label.startsWith(QLatin1String("Minister")); }),
                 eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.at(1).participants), QStringLiteral("Petrus Haufiku, Rosa Kiala"));
        QCOMPARE(meetings.at(1).date, QStringLiteral("2027"));
        QVERIFY(meetings.at(1).planned);
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2026"));
        // In February, the spring to come is this year's; the autumn past, last year's.
        const Extraction early = extractArticle(text, QDate(2027, 2, 10));
        QCOMPARE(eventsOf(early, QStringLiteral("meeting")).value(1).date, QStringLiteral("2027"));
        QCOMPARE(eventsOf(early, QStringLiteral("visit")).value(0).date, QStringLiteral("2026"));
        // In October the autumn is this one: "last autumn" is last year's.
        QCOMPARE(eventsOf(extractArticle(text, QDate(2026, 10, 20)), QStringLiteral("visit")).value(0).date,
                 QStringLiteral("2025"));
    }

    // "Energy ministers of Estonia, Latvia and Lithuania will meet": the
    // ministers of three countries or more meeting are a ministerial of
    // those countries, and only theirs: a president named next is no
    // minister of it.
    void ministersOfCountriesListedMeeting()
    {
        const QString text = QStringLiteral(
            "Grid operator chief Mart Saar warned of shortages last week.\n\n"
            "Energy ministers of Estonia, Latvia and Lithuania will meet in Riga on June 3 to agree on grid "
            "rules. Latvian President Anna Berzina has proposed a summit on the grid.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Estonia, Latvia, Lithuania"));
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-06-03"));
        // "ministers from A, B and C met": the same.
        const QString from = QStringLiteral(
            "Fisheries ministers from Norway, Iceland and Denmark met in Tromso on Monday to share out the cod "
            "quota.\n");
        const Extraction f = extractArticle(from, QDate(2025, 5, 9));
        const QList<Event> fisheries = eventsOf(f, QStringLiteral("ministerial"));
        QVERIFY2(fisheries.size() == 1, eventsSaid(f).constData());
        QCOMPARE(namesOf(f, fisheries.first().participants), QStringLiteral("Denmark, Iceland, Norway"));
        // And those the text titles those countries' ministers of that
        // portfolio, wherever it names them (a title set off by commas
        // after a possessive too); not their ministers of something else.
        const QString named = from + QStringLiteral(
            "\n\u201cThe cod will be counted first,\u201d Iceland's Minister of Fisheries and Agriculture, Gunnar "
            "Olafsson, said. Norway's Minister of Fisheries, Nils Dahl, agreed. Denmark's Minister of Trade, Lars Holm, "
            "did not.\n");
        const Extraction n = extractArticle(named, QDate(2025, 5, 9));
        const QList<Event> withMinisters = eventsOf(n, QStringLiteral("ministerial"));
        QVERIFY2(withMinisters.size() == 1, eventsSaid(n).constData());
        // (Iceland and Norway no longer beside their ministers: CONVENTIONS.md
        // [participants]; Denmark's minister of trade is no one of them.)
        QCOMPARE(namesOf(n, withMinisters.first().participants),
                 QStringLiteral("Denmark, Gunnar Olafsson, Nils Dahl"));
        // A country whose name has "and" in it is one country.
        const QString islands = QStringLiteral(
            "Energy ministers from Trinidad and Tobago, Barbados and Guyana met in Georgetown on "
            "Friday.\n");
        const Extraction g = extractArticle(islands, QDate(2025, 5, 9));
        const QList<Event> caribbean = eventsOf(g, QStringLiteral("ministerial"));
        QVERIFY2(caribbean.size() == 1, eventsSaid(g).constData());
        QCOMPARE(namesOf(g, caribbean.first().participants), QStringLiteral("Barbados, Guyana, Trinidad and Tobago"));
        // "… are meeting in Paramaribo on Friday": the verb too.
        const QString meeting = QStringLiteral(
            "Mining ministers from Suriname, Guyana and Brazil are meeting in Paramaribo on Friday.\n");
        const Extraction h = extractArticle(meeting, QDate(2025, 5, 9));
        const QList<Event> mining = eventsOf(h, QStringLiteral("ministerial"));
        QVERIFY2(mining.size() == 1, eventsSaid(h).constData());
        QCOMPARE(namesOf(h, mining.first().participants), QStringLiteral("Brazil, Guyana, Suriname"));
        // Called talks more often than not after it, still a ministerial.
        const QString talks = meeting.chopped(2) + QStringLiteral(
            " for crisis talks on the spill.\nThe talks began an hour late. The talks ended at noon.\n");
        const Extraction k = extractArticle(talks, QDate(2025, 5, 9));
        QVERIFY2(k.events.size() == 1 && k.events.first().type == QLatin1String("ministerial"), eventsSaid(k).constData());
        // "a ministerial meeting of the health ministers of A, B, C and D"
        // proposed right after a meeting of two ministers: its own event,
        // not more people for that meeting; and labour ministers are no
        // health ministers.
        const QString proposed = QStringLiteral(
            "Portuguese Labour Minister Ana Costa and Spanish Labour Minister Ines Duarte are due to meet again "
            "in Porto on June 20. The nurses' union has proposed a ministerial meeting of the health ministers "
            "of Portugal, Spain, France and Italy, whose hospitals face similar shortages.\n");
        const Extraction y = extractArticle(proposed, QDate(2025, 5, 9));
        const QList<Event> meetings = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, meetings.first().participants), QStringLiteral("Ana Costa, Ines Duarte"));
        const QList<Event> four = eventsOf(y, QStringLiteral("ministerial"));
        QVERIFY2(four.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, four.first().participants), QStringLiteral("France, Italy, Portugal, Spain"));
        QVERIFY(four.first().planned);
        QVERIFY(four.first().date.isEmpty());
    }

    // "visited Narva on March 3 … Talks at the border post followed two days
    // later", "The next day, …": the day of the event named before, and
    // so many days on.
    void talksDatedDaysAfterTheEventBefore()
    {
        const QString text = QStringLiteral(
            "Estonian Transport Minister Jaan Tamm visited Narva on March 3.\n\n"
            "Talks between the Baltic Freight Agency (BFA) and the Narva Port Authority followed two days later "
            "at the border post.\n\n"
            "Latvian Transport Minister Ivars Ozols visited Daugavpils on April 7. The next day, Ozols held "
            "talks with rail unions in Riga.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-03-05"));
        QVERIFY(!talks.first().dateStated);
        QCOMPARE(talks.last().date, QStringLiteral("2025-04-08"));
        // A round-up's "The following day" paragraphs after the event it
        // follows, only quotations and no other day between (the section's
        // heading may name that day).
        const QString roundUp = QStringLiteral(
            "Finnish Trade Minister Aino Koski toured the Vaalimaa crossing on Wednesday with customs officers.\n\n"
            "\u201cNobody here wants the queue to last another winter,\u201d she said.\n\n"
            "Hauliers said they had lost half their contracts since January. \u201cWe wait and we wait,\u201d one "
            "driver said.\n\n"
            "**Thursday, Helsinki.** The following day, officials from Finland and Estonia held talks in Helsinki "
            "on a shared booking "
            "system.\n");
        const Extraction y = extractArticle(roundUp, QDate(2025, 5, 9));
        const QList<Event> following = eventsOf(y, QStringLiteral("talks"));
        QVERIFY2(following.size() == 1, eventsSaid(y).constData());
        QCOMPARE(following.first().date, QStringLiteral("2025-05-08"));
        QVERIFY(!following.first().dateStated);
    }

    // "Talks between Peruvian and Chilean mining officials": demonyms
    // joined by "and" before a lower-case word and "officials" speak for
    // their countries, both.
    void officialsOfTwoDemonymsAreTheirCountries()
    {
        const QString text = QStringLiteral(
            "Talks between Peruvian and Chilean mining officials in Arica broke down on March 4 over water "
            "rights.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Chile, Peru"));
        QCOMPARE(talks.first().date, QStringLiteral("2025-03-04"));
    }

    // "goes back to a meeting of the two countries' leaders in Osh": the
    // two countries named last before are its parties.
    void aMeetingOfTheTwoCountriesLeaders()
    {
        const QString text = QStringLiteral(
            "Kyrgyzstan and Tajikistan reopened the border crossing at Batken on Monday.\n\n"
            "The plan for the road goes back to a meeting of the two countries' leaders in Osh, which "
            "neither side now dates.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Kyrgyzstan, Tajikistan"));
        // "between the two foreign ministries", "between the three
        // governments": the last two (three) countries named before.
        const QString ministries = QStringLiteral(
            "Chile and Bolivia signed the water accord on Monday.\n\n"
            "The accord goes back to talks in La Paz between the two foreign ministries that neither side will "
            "date.\n\n"
            "Peru, which shares the aquifer, has also proposed a meeting between the three governments and the "
            "mining companies of the Atacama.\n");
        const Extraction y = extractArticle(ministries, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(y, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, talks.first().participants), QStringLiteral("Bolivia, Chile"));
        const QList<Event> proposed = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(proposed.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, proposed.first().participants), QStringLiteral("Bolivia, Chile, Peru"));
        QVERIFY(proposed.first().planned);
        // Undated talks of the same two countries in another capital than
        // the talks told before: another event.
        const QString elsewhere = QStringLiteral(
            "Officials from Chile and Argentina held talks in Santiago on Tuesday on the shared glaciers.\n\n"
            "The accord goes back to talks in Buenos Aires between the two foreign ministries that neither side "
            "will date.\n");
        const Extraction z = extractArticle(elsewhere, QDate(2025, 5, 9));
        const QList<Event> both = eventsOf(z, QStringLiteral("talks"));
        QVERIFY2(both.size() == 2, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, both.last().participants), QStringLiteral("Argentina, Chile"));
        QVERIFY(both.last().date.isEmpty());
        // "Leaders of the three countries will meet": a summit of the last
        // three countries named.
        const QString leaders = QStringLiteral(
            "Trade ministers from Chile, Peru and Bolivia met in Lima on Monday to agree on a lithium code.\n\n"
            "Leaders of the three countries will meet in Santiago on June 20, Peru's foreign ministry said.\n");
        const Extraction w = extractArticle(leaders, QDate(2025, 5, 9));
        const QList<Event> summits = eventsOf(w, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(w).constData());
        QCOMPARE(namesOf(w, summits.first().participants), QStringLiteral("Bolivia, Chile, Peru"));
        QCOMPARE(summits.first().date, QStringLiteral("2025-06-20"));
        QVERIFY(summits.first().planned);
        // "Customs chiefs are to hold technical talks": no one named, the
        // parties of the event told in the sentence before, in its paragraph.
        const QString chiefs = QStringLiteral(
            "Trade ministers from Chile, Peru and Bolivia met in Lima on Monday to agree on a lithium code.\n\n"
            "Leaders of the three countries will meet in Santiago on June 20. Customs chiefs are to hold "
            "technical talks in Arica next month on sharing scanners.\n\n"
            "Peru has also proposed a meeting between the three governments and the mining companies.\n");
        const Extraction v = extractArticle(chiefs, QDate(2025, 8, 29));
        const QList<Event> technical = eventsOf(v, QStringLiteral("talks"));
        QVERIFY2(technical.size() == 1, eventsSaid(v).constData());
        QCOMPARE(namesOf(v, technical.first().participants), QStringLiteral("Bolivia, Chile, Peru"));
        QCOMPARE(technical.first().date, QStringLiteral("2025-09"));
        QVERIFY(technical.first().planned);
        // What is proposed ("has also proposed a meeting") is another event
        // than the talks of the same three before it.
        const QList<Event> proposals = eventsOf(v, QStringLiteral("meeting"));
        QVERIFY2(std::count_if(proposals.cbegin(), proposals.cend(), [](const Event &e) { return e.planned; }) == 1,
                 eventsSaid(v).constData());
    }

    // "Luís dos Reis Morais", "Saif bin Rashid Al-Nuaimi", "Ana Cruz de
    // Vela": capitalised words with particles of names between them are a
    // person where a name stands (not "the Casa de Campo"); "dos Reis
    // Morais said" and "Van Rijn said" at a sentence's start are the person
    // named so before.
    void namesWithParticlesBetweenTheirWords()
    {
        const QString text = QStringLiteral(
            "Uruguay's Minister of State for Ports, Luís dos Reis Morais, who leads the delegation, arrived in "
            "Lisbon on Monday with the Emirati shipping envoy, Saif bin Rashid Al-Nuaimi.\n\n"
            "\u201cWe came to sign,\u201d dos Reis Morais said at the airport.\n\n"
            "Harbour authority spokeswoman Ana Cruz de Vela declined to comment. \u201cThe berth is ready,\u201d "
            "she said.\n\n"
            "Portuguese Sea Minister Willem van Rijn met them on Tuesday at the Casa de Campo. Van Rijn said the "
            "berth would open in May.\n\n"
            "\u201cThe ships will come,\u201d Al-Nuaimi told reporters.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x),
                 QStringLiteral("Ana Cruz de Vela, Luís dos Reis Morais, Saif bin Rashid Al-Nuaimi, Willem van Rijn"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("came to sign")), QStringLiteral("Luís dos Reis Morais"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("berth is ready")), QStringLiteral("Ana Cruz de Vela"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("ships will come")), QStringLiteral("Saif bin Rashid Al-Nuaimi"));
    }

    // "the Democratic Republic of the Congo", "The Republic of the
    // Gambia": a country's name going on over "of the" is that country,
    // none of its words anyone's name; the Congo's label is the name news
    // give it, and "DRC" is another of them.
    void aCountrysNameGoingOnOverOfThe()
    {
        const QString text = QStringLiteral(
            "Delegates from the Democratic Republic of the Congo and Burundi met in Arusha on Monday to discuss "
            "the lake ferries.\n\n"
            "The Republic of the Gambia will lend two pilots, the DRC's transport ministry said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QString());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Burundi, Democratic Republic of the Congo"));
        QStringList countries;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Country)
                countries.append(e.label);
        }
        countries.sort();
        QCOMPARE(countries.join(QStringLiteral(", ")), QStringLiteral("Burundi, Democratic Republic of the Congo, Gambia"));
    }

    // "Bolivia's envoy, Tomas Quispe, rebuked her within minutes. “…,”
    // he said": "her" before "within" (again, during …) is whom he
    // rebuked, no possessive of his, and says nothing of his gender.
    void herAsAnObjectBeforeAPreposition()
    {
        const QString text = QStringLiteral(
            "Chilean Mines Minister Rosa Vidal set out her plan for the salt flats on Monday.\n\n"
            "Bolivia's envoy, Tomas Quispe, rebuked her within minutes. \u201cWe were never consulted,\u201d he "
            "said.\n");
        QCOMPARE(speakerIn(text, QDate(2025, 4, 24), QStringLiteral("never consulted")), QStringLiteral("Tomas Quispe"));
    }

    // "“I met a farmer … She told me the river takes everything.”": a
    // sentence inside a quotation is the speaker's words, no reported
    // statement, and its "she" says nothing of who spoke them ("He
    // toured …" after it is still the speaker).
    void aSentenceInsideAQuotationIsNoReport()
    {
        const QString text = QStringLiteral(
            "Dutch Water Minister Pieter Smit arrived in Dhaka on Sunday.\n\n"
            "\u201cI met a farmer who has lost her fields twice,\u201d Smit said. \u201cShe did not ask me for "
            "money. She told me the river takes everything.\u201d\n\n"
            "He toured a pumping station near Khulna on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        for (const Statement &s : x.statements)
            QVERIFY2(s.direct, qPrintable(text.mid(s.text.start, s.text.end - s.text.start)));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Pieter Smit"));
    }

    // "South Korea's trade minister, Park Seo-yeon,": a name set off
    // after a title is the holder's, though its first word can begin a
    // place's name ("Park", "Port").
    void aNameAfterATitleWhateverItsFirstWord()
    {
        const QString text = QStringLiteral(
            "Canadian Trade Minister Claire Dubois met South Korea's trade minister, Park Seo-yeon, in Ottawa on "
            "Monday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Claire Dubois, Park Seo-yeon"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Claire Dubois, Park Seo-yeon"));
    }

    // "Last week she spoke by phone with A, and last Friday she hosted B":
    // the call's date is the one before its words, in its own clause; the
    // day after ", and" is the next clause's, the meeting's.
    void aDateBeforeTheEventAndTheNextClausesAfterIt()
    {
        const QString text = QStringLiteral(
            "Canadian Trade Minister Claire Dubois has tried to calm exporters. Last week she spoke by phone with "
            "Mexican Economy Minister Raul Ortega, and last Friday she hosted Chilean Trade Minister Ana Soto at "
            "the ministry for a working dinner.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2025-04-14/2025-04-20"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-04-18"));
    }

    // "The centrepiece is \u201cIron Shepherd\u201d, a scheme …" and later
    // "… Iron Shepherd by name": words given alone in quotation marks
    // name a thing, not a person, wherever they come again.
    void wordsQuotedAloneNameNoOneLater()
    {
        const QString text = QStringLiteral(
            "The centrepiece is \u201cIron Shepherd\u201d, a scheme to pool the coast guards of three states.\n\n"
            "Greek Shipping Minister Nikos Pappas said the scheme was welcome, though he did not mention Iron "
            "Shepherd by name.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Nikos Pappas"));
    }

    // "Agriculture ministers from all 14 member states met …": every
    // member's ministers meeting is a ministerial of the organisation named
    // before, which takes part with whoever chaired it.
    void ministersOfAllTheMembersMeeting()
    {
        const QString text = QStringLiteral(
            "The Southern Grain Council opened its annual session in Lisbon this week.\n\n"
            "Agriculture ministers from all 14 member states met at the council's seat on Tuesday, chaired by "
            "Portuguese Agriculture Minister Ines Duarte.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-04-22"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Ines Duarte, Southern Grain Council"));
    }

    // "a meeting of Group of 7 finance ministers in Rome": "Group of 7" is
    // one name, and its ministers meeting a ministerial.
    void aGroupOfANumber()
    {
        const QString text = QStringLiteral(
            "The levy on shipping fuel was first raised at a meeting of Group of 7 finance ministers in Rome in "
            "March.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-03"));
        QVERIFY2(namesOf(x, ministerials.first().participants).contains(QLatin1String("Group of 7")),
                 qPrintable(namesOf(x, ministerials.first().participants)));
    }

    // "will travel to the Faroese capital next month to inspect …": a
    // person travelling to a place, in a sentence naming no other event,
    // visits it (not "travelled to Suva for the summit"); "to review the
    // plans with Prime Minister X": a trip to do something with someone
    // named is a meeting with them (CONVENTIONS.md [trip]).
    void travelToAPlaceIsAVisit()
    {
        const QString text = QStringLiteral(
            "Danish Climate Minister Freja Lind will travel to the Faroese capital next month to inspect the cable "
            "landing.\n\n"
            "Lind travelled to Oslo on Monday for a summit of Nordic leaders.\n\n"
            "Lind will travel to the Icelandic capital in June to review the cable plans with Prime Minister Bjarni "
            "Olafsson.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-05"));
        QVERIFY(visits.first().planned);
        QVERIFY2(namesOf(x, visits.first().participants).contains(QLatin1String("Freja Lind")), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-06"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Bjarni Olafsson, Freja Lind"));
    }

    // "is expected to stop in Rabat on her way to Dakar": a stop on a
    // journey to come is a visit there, planned.
    void aStopOnTheWayIsAVisit()
    {
        const QString text = QStringLiteral(
            "Spanish Foreign Minister Elena Ruiz is expected to stop in Rabat on her way to Senegal, her office "
            "said on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY(visits.first().planned);
        QVERIFY2(namesOf(x, visits.first().participants).contains(QLatin1String("Elena Ruiz")), eventsSaid(x).constData());
        QCOMPARE(x.entities[visits.first().place].label, QStringLiteral("Rabat"));
    }

    // "“…,” she said by telephone": how the words reached the reporter,
    // no call; "spoke by phone with X" is one.
    void saidByPhoneIsNoCall()
    {
        const QString said = QStringLiteral(
            "Harbour master Ilse Berg said the ferries would stay in port. \u201cThe ice is thin this year,\u201d "
            "she said by telephone. \u201cWe are patient.\u201d\n");
        const Extraction x = extractArticle(said, QDate(2025, 4, 24));
        QVERIFY2(eventsOf(x, QStringLiteral("phone_call")).isEmpty(), eventsSaid(x).constData());
        const QString spoke = QStringLiteral(
            "Swedish Harbour Minister Ilse Berg spoke by phone with Finnish Harbour Minister Aku Virta on "
            "Tuesday.\n");
        const Extraction y = extractArticle(spoke, QDate(2025, 4, 24));
        QCOMPARE(eventsOf(y, QStringLiteral("phone_call")).size(), 1);
    }

    // "told the farmers that she would not “give up” their land": quoted
    // words before a determiner are words said, their object after them;
    // only a noun right after would make them a qualifier.
    void quotedWordsBeforeTheirObject()
    {
        const QString text = QStringLiteral(
            "Peruvian Farm Minister Ana Lopez visited Cusco on Monday.\n\n"
            "Lopez told the growers that she would not \u201cgive up\u201d their water rights.\n");
        QCOMPARE(speakerIn(text, QDate(2025, 4, 24), QStringLiteral("give up")), QStringLiteral("Ana Lopez"));
    }

    // "Last week she called A, and on Monday she hosted Peru's farm
    // minister, B. … she told them …": a pronoun of the same gender before
    // anyone named is the sentence's subject, so the next "she" is hers,
    // not B's, named after the verb.
    void aPronounBeforeAnyoneNamedIsTheSubject()
    {
        const QString text = QStringLiteral(
            "Chilean Farm Minister Rosa Vidal has tried to calm growers. Last week she spoke by phone with "
            "Bolivian Farm Minister Tomas Quispe, and on Monday she hosted Peru's farm minister, Lucia Mamani, "
            "in Santiago.\n\n"
            "According to an aide, she told both ministers that she would not \u201cgive up\u201d their water "
            "rights.\n");
        QCOMPARE(speakerIn(text, QDate(2025, 4, 24), QStringLiteral("give up")), QStringLiteral("Rosa Vidal"));
    }

    // "She toured a dam on Monday and met X in Y on Tuesday": the pronoun
    // opening the clause is the subject of the verb after "and" too.
    void aPronounSubjectOfTwoVerbs()
    {
        const QString text = QStringLiteral(
            "The World Bank's water envoy, Ines Duarte, arrived in Maputo on Wednesday. She toured a dam on the "
            "Limpopo on Monday and met Zimbabwean Water Minister Tendai Moyo in Harare on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ines Duarte, Tendai Moyo"));
    }

    // "… at a meeting of X ministers in Bergen in March, when Lund sat down
    // with Y": after another event's words, the person right before these
    // is their subject.
    void aSubjectRightBeforeASecondEvent()
    {
        const QString text = QStringLiteral(
            "The last time the two fishing ministers spoke was at a meeting of Nordic Council fisheries ministers "
            "in Bergen in March, when Norway's Kari Lund sat down with Iceland's minister, Jon Olafsson, for an "
            "hour.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        bool withOlafsson = false;
        for (const Event &e : x.events) {
            const QString names = namesOf(x, e.participants);
            if (!names.contains(QLatin1String("Jon Olafsson")))
                continue;
            withOlafsson = true;
            QVERIFY2(names.contains(QLatin1String("Kari Lund")), eventsSaid(x).constData());
        }
        QVERIFY2(withOlafsson, eventsSaid(x).constData());
    }

    // "Two days of talks at the council's seat ended on Friday" … "Farm
    // ministers from all 9 member states met on Thursday and Friday": two
    // kinds of words for the same days and party, paragraphs apart, are
    // one event, a ministerial as its ministers' words say.
    void talksAndAMinisterialOfTheSameDays()
    {
        const QString text = QStringLiteral(
            "Two days of talks at Baltic Grain Council headquarters in Riga ended on Friday with a deal on "
            "silos.\n\n"
            "The deal sets shared rules for storing wheat through the winter.\n\n"
            "Farm ministers from all 9 member states met at the council's headquarters on Thursday and Friday, "
            "chaired by Latvian Farm Minister Ilze Ozola.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 26));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("ministerial"));
        QCOMPARE(x.events.first().date, QStringLiteral("2025-04-24/2025-04-25"));
    }

    // "has arrived in Niamey to brief the mediators": an arrival just
    // told is a visit there; "arrived in Accra on Monday for a state
    // visit" is one visit, the visit's own words.
    void anArrivalJustToldIsAVisit()
    {
        const QString text = QStringLiteral(
            "The UN envoy for the Sahel, Ines Duarte, has arrived in Niamey to brief the mediators.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY2(namesOf(x, visits.first().participants).contains(QLatin1String("Ines Duarte")), eventsSaid(x).constData());
        QCOMPARE(x.entities[visits.first().place].label, QStringLiteral("Niamey"));
        const QString state = QStringLiteral(
            "Togolese President Kofi Mensah arrived in Accra on Monday for a two-day state visit.\n");
        const Extraction y = extractArticle(state, QDate(2025, 4, 24));
        QVERIFY2(eventsOf(y, QStringLiteral("visit")).size() == 1, eventsSaid(y).constData());
    }

    // "X, who is chairing the talks, said the two sides had agreed to sit
    // down again on Thursday": a date past a verb of saying after the
    // event's words is the saying's or the words said, not the event's.
    void aDatePastAVerbOfSayingIsNotTheEvents()
    {
        const QString text = QStringLiteral(
            "BERGEN, May 9 (Fjord Wire) - Welders at the Kvarna Marine Works yard stayed out on Friday.\n\n"
            "The state mediator, Ola Brekke, who is chairing the talks, said the two sides had agreed to sit down "
            "again on Thursday morning.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        for (const Event &e : eventsOf(x, QStringLiteral("talks")))
            QVERIFY2(e.date != QStringLiteral("2025-05-08"), eventsSaid(x).constData());
    }

    // "Pieter van der Meer", "Lucía de la Fuente": two particles of names in
    // a row are inside a person's name as one is; "van der Meer said" later
    // is the same person.
    void twoParticlesInARowInsideAName()
    {
        const QString text = QStringLiteral(
            "# Dredging deal signed\n\n"
            "The port authority signed the contract on Monday, its chief executive, Joost van der Meulen, said "
            "in Rotterdam.\n\n"
            "The harbour master, Lucía de la Fuente, said the dredgers would arrive in June. Talks with van der "
            "Meulen had taken a year, she said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Joost van der Meulen, Lucía de la Fuente"));
    }

    // "spoke to Jane Doe for Harbour Radio": a person's name, "for" and an
    // organisation's name are the person and whom she works for, not one
    // organisation; "the Institute for Coastal Studies" is one. Whom
    // someone spoke to is a person, not a place.
    void aPersonForAnOrganization()
    {
        const QString text = QStringLiteral(
            "# Ferry strike ends\n\n"
            "The union leader, Colm Rafferty, spoke to Siobhan McTeer for Lakeside Radio on Monday. The crews "
            "would sail again, he said. A researcher at the Institute for Coastal Studies said the strike had cost "
            "the islands dearly.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Colm Rafferty, Siobhan McTeer"));
        QStringList organizations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Organization)
                organizations.append(e.label);
        }
        organizations.sort();
        QCOMPARE(organizations.join(QStringLiteral(", ")), QStringLiteral("Institute for Coastal Studies, Lakeside Radio"));
    }

    // "the ministry talks a lot and does little", "the mayor talks tough":
    // the verb, with how someone talks after it, is no talks held; "talks
    // a week ago" are.
    void talksAsAVerbOfManner()
    {
        const QString text = QStringLiteral(
            "OSLO, June 3 (Fjord Wire) - Fishermen in Tromsø say the Norwegian fisheries ministry talks a lot "
            "and does little. The mayor of Bodø, Kari Solheim, talks tough about quotas too.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 3));
        QVERIFY2(eventsOf(x, QStringLiteral("talks")).isEmpty(), eventsSaid(x).constData());
        const QString held = QStringLiteral(
            "OSLO, June 3 (Fjord Wire) - Norway and Iceland held talks a week ago in Reykjavik on the quotas.\n");
        const Extraction y = extractArticle(held, QDate(2025, 6, 3));
        QVERIFY2(eventsOf(y, QStringLiteral("talks")).size() == 1, eventsSaid(y).constData());
    }

    // "a study by Lindqvist Brandt" … "the Oslo consultancy Lindqvist
    // Brandt": a name taken for someone's by its shape alone is the
    // organisation's the text later says it is.
    void aNameLaterSaidToBeAnOrganizations()
    {
        const QString text = QStringLiteral(
            "# Salmon prices\n\n"
            "A study this month by Haugen Vik says farmed salmon prices will fall. Erik Dahl, a partner at the "
            "Bergen consultancy Haugen Vik, said exporters were ready.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        QCOMPARE(peopleOf(x), QStringLiteral("Erik Dahl"));
    }

    // "flew to Warsaw on Tuesday": travelling somewhere by air is a visit
    // there, as travelling to it is; "had flown to Tallinn on Monday, where
    // she held talks with X", "flew to Warsaw for talks": a trip with a
    // named counterpart is the talks held that day (CONVENTIONS.md [trip]).
    void flyingToAPlaceIsAVisit()
    {
        const QString text = QStringLiteral(
            "VILNIUS, May 9 (Baltic Wire) - The Lithuanian energy minister, Inga Balode, had flown to "
            "Tallinn on Monday, where she held talks with Estonian Prime Minister Kaja Tamm on the grid accord.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2025-05-05"));
        QVERIFY2(namesOf(x, talks.first().participants).contains(QLatin1String("Inga Balode")), eventsSaid(x).constData());
        QVERIFY(talks.first().place >= 0 && x.entities[talks.first().place].label == QStringLiteral("Tallinn"));
        const QString flew = QStringLiteral(
            "VILNIUS, May 9 (Baltic Wire) - The Latvian prime minister, Andris Ozols, flew to Warsaw on Tuesday.\n");
        const Extraction y = extractArticle(flew, QDate(2025, 5, 9));
        const QList<Event> trips = eventsOf(y, QStringLiteral("visit"));
        QVERIFY2(trips.size() == 1, eventsSaid(y).constData());
        QCOMPARE(trips.first().date, QStringLiteral("2025-05-06"));
        const QString forTalks = QStringLiteral(
            "VILNIUS, May 9 (Baltic Wire) - Andris Ozols flew to Warsaw on Tuesday for talks with Polish Prime "
            "Minister Jan Wolski.\n");
        const Extraction z = extractArticle(forTalks, QDate(2025, 5, 9));
        QVERIFY2(eventsOf(z, QStringLiteral("visit")).isEmpty(), eventsSaid(z).constData());
    }

    // "The minister spoke to Jane Doe for Harbour Radio on Monday": speaking
    // to someone named with the organisation she works for is an
    // interview, the three its participants; speaking to someone else is
    // no interview.
    void speakingToSomeoneForAnOrganizationIsAnInterview()
    {
        const QString text = QStringLiteral(
            "# Ferry strike ends\n\n"
            "The union leader, Colm Rafferty, spoke to Siobhan McTeer for Lakeside Radio on Monday in Galway.\n\n"
            "Rafferty later spoke to Aoife Byrne, the ferry company's director, about the rota.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 24));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2025-04-21"));
        QCOMPARE(namesOf(x, interviews.first().participants),
                 QStringLiteral("Colm Rafferty, Lakeside Radio, Siobhan McTeer"));
    }

    // "UN Human Rights Council" in a headline, "U.N. Human Rights Council"
    // in the text: one organisation, whichever way its initials are
    // written.
    void initialsWithOrWithoutPeriodsAreOneName()
    {
        const QString text = QStringLiteral(
            "# UN Human Rights Council to debate Tigray report\n\n"
            "GENEVA, June 3 (Alpine Wire) - The U.N. Human Rights Council will debate the report next week, "
            "diplomats said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 3));
        int councils = 0;
        for (const Entity &e : x.entities)
            councils += e.label.contains(QLatin1String("Human Rights Council"));
        QCOMPARE(councils, 1);
    }

    // "the African Union" … "AU officials": initials that begin the words
    // of the one organisation the text names so are that organisation,
    // even where the text never defines them; and "AU defence ministers
    // are due to meet" is the bloc's ministerial, auxiliaries between
    // the ministers and the verb.
    void initialsOfAnOrganizationNamedAndItsMinistersDueToMeet()
    {
        const QString text = QStringLiteral(
            "ADDIS ABABA, June 3 (Horn Wire) - The African Union agreed on Tuesday to send observers to the "
            "border.\n\n"
            "AU defence ministers are due to meet in Kigali on June 20 to approve the mission.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 3));
        int unions = 0;
        for (const Entity &e : x.entities)
            unions += e.label == QLatin1String("AU") || e.label == QLatin1String("African Union");
        QCOMPARE(unions, 1);
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2025-06-20"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("African Union"));
    }

    // "talks between Togolese and Beninese officials": demonyms in "-ese"
    // and others the generated forms miss name their countries, so that the
    // talks have parties.
    void demonymsTheRuleOfEndingsMisses()
    {
        const QString text = QStringLiteral(
            "LOME, June 3 (Gulf Wire) - The border accord agreed at talks between Togolese and Beninese officials "
            "in Aneho in April is holding, the ministry said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 3));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Benin, Togo"));
    }

    // "urged both sides to return to talks in Nairobi", "will ask to visit
    // Kampala": talks and visits called for or asked, not held; "will
    // return to talks on Monday" are to come.
    void talksToReturnToAndVisitsToAskFor()
    {
        const QString text = QStringLiteral(
            "ADDIS ABABA, June 3 (Horn Wire) - The envoy, Lydia Wanjiru, urged both sides to return to talks in "
            "Nairobi. She said she would also ask to visit Kampala.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 3));
        QVERIFY2(eventsOf(x, QStringLiteral("talks")).isEmpty(), eventsSaid(x).constData());
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        const QString planned = QStringLiteral(
            "ADDIS ABABA, June 3 (Horn Wire) - Kenyan and Ugandan officials will return to talks in "
            "Nairobi on Monday.\n");
        const Extraction y = extractArticle(planned, QDate(2025, 6, 3));
        QVERIFY2(eventsOf(y, QStringLiteral("talks")).size() == 1, eventsSaid(y).constData());
    }

    // "who had flown to Quito that afternoon": the day of the event named
    // just before, as "that morning" and "that evening" are.
    void thatAfternoonIsTheDayOfTheEventBefore()
    {
        const QString text = QStringLiteral(
            "LIMA, June 6 (Andes Wire) - Peruvian President Rosa Quispe hosted a dinner on Tuesday for the "
            "presidents of Chile and Bolivia. The Ecuadorean foreign minister, Pablo Andrade, who had flown to "
            "Lima that afternoon, joined them later.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 6));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-06-03"));
    }

    // A transcript: an italic introduction says who spoke to whom, each
    // question is a paragraph of its own, each answer a quoted paragraph
    // with no verb of saying. The answers are the interviewee's words, not
    // the interviewer's; a question-less quotation in a report is nobody's.
    void answersInATranscriptAreTheIntervieweesWords()
    {
        const QString text = QStringLiteral(
            "# Transcript: Chile's energy minister on lithium\n\n"
            "*Chile's energy minister, Paula Irarrazabal Soto, spoke to Tomas Lindqvist of Harbour Radio on "
            "Wednesday in Santiago.*\n\n"
            "**Minister, will the new royalty scare investors away?**\n\n"
            "\u201cNo. The companies that came here in the boom years knew the rules would change, and most of them "
            "have already signed.\u201d\n\n"
            "**What about the salt flats in the north?**\n\n"
            "\u201cThe flats belong to the communities that live around them, and nothing will be dug there without "
            "their consent.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 4));
        QCOMPARE(speakerOf(x, text, QStringLiteral("boom years")), QStringLiteral("Paula Irarrazabal Soto"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("without their consent")), QStringLiteral("Paula Irarrazabal Soto"));
        const QString interviewer = QStringLiteral(
            "Harbour Radio interviewed Paula Irarrazabal Soto on Wednesday.\n\n"
            "Q: Will the royalty scare investors away?\n\n"
            "\u201cNo. The companies that came here in the boom years knew the rules would change, and most of them "
            "have already signed.\u201d\n");
        QCOMPARE(speakerIn(interviewer, QDate(2026, 3, 4), QStringLiteral("boom years")),
                 QStringLiteral("Paula Irarrazabal Soto"));
        const QString report = QStringLiteral(
            "Paula Irarrazabal Soto spoke to reporters in Santiago on Wednesday. Will the royalty scare investors "
            "away? Few think so.\n\n"
            "\u201cThe companies that came here in the boom years knew the rules would change, and most of them "
            "have already signed.\u201d\n");
        QCOMPARE(speakerIn(report, QDate(2026, 3, 4), QStringLiteral("boom years")), QStringLiteral("(nobody)"));
    }

    // "X met A, B and C", "held talks with A and B in back-to-back
    // sessions": one person who meets a list of people meets each of
    // them, a meeting of two apiece; "met A and B", "met jointly with"
    // them, one meeting of all.
    void aPersonMeetingAListMeetsEachOfThem_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("met");
        QTest::newRow("met a list") << QStringLiteral(
            "Finnish President Aino Lehtonen met Poland's foreign minister, Tomasz Wrobel, Kaarel Tamm and "
            "Ilze Berzina in Tallinn on Tuesday.\n")
                                    << QStringLiteral("meeting")
                                    << QStringList{QStringLiteral("Tomasz Wrobel"), QStringLiteral("Kaarel Tamm"),
                                                   QStringLiteral("Ilze Berzina")};
        QTest::newRow("held talks with two") << QStringLiteral(
            "Norwegian Foreign Minister Ola Brekke held talks with Karin Sjoberg and Mads Holm in back-to-back "
            "sessions in Oslo on Tuesday.\n")
                                             << QStringLiteral("talks")
                                             << QStringList{QStringLiteral("Karin Sjoberg"), QStringLiteral("Mads Holm")};
        QTest::newRow("met jointly") << QStringLiteral(
            "Finnish President Aino Lehtonen met jointly with Estonian Prime Minister Kaarel Tamm and Latvian "
            "President Ilze Berzina in Tallinn on Tuesday.\n")
                                     // Leaders of three countries: a summit (CONVENTIONS.md [type]).
                                     << QStringLiteral("summit") << QStringList{};
        QTest::newRow("met two") << QStringLiteral(
            "Finnish President Aino Lehtonen met Kaarel Tamm and Ilze Berzina in Tallinn on Tuesday.\n")
                                 << QStringLiteral("meeting") << QStringList{};
        QTest::newRow("counted together") << QStringLiteral(
            "On Monday Swedish Prime Minister Lars Ek met Karin Sjoberg and Mads Holm to plan a border patrol "
            "for the three countries.\n")
                                          << QStringLiteral("meeting") << QStringList{};
    }

    void aPersonMeetingAListMeetsEachOfThem()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, type);
        QFETCH(QStringList, met);
        const Extraction x = extractArticle(sentence, QDate(2025, 4, 24));
        const QList<Event> found = eventsOf(x, type);
        QVERIFY2(found.size() == std::max<qsizetype>(1, met.size()), eventsSaid(x).constData());
        for (int i = 0; i < met.size(); ++i) {
            QCOMPARE(found[i].participants.size(), 2);
            const QString names = namesOf(x, found[i].participants);
            QVERIFY2(names.contains(met[i]), eventsSaid(x).constData());
            QVERIFY2(found[i].date == QStringLiteral("2025-04-22"), eventsSaid(x).constData());
        }
    }

    // "Most of the work was done on the sidelines. X met A, B and C. Y held
    // talks with Z": a meeting undated, in a paragraph that says "on the
    // sidelines" of nothing named before it, was held on the sidelines of
    // the summit told before it, that day.
    void aMeetingOnTheSidelinesOfTheSummitBefore()
    {
        const QString text = QStringLiteral(
            "BRUSSELS (Test Wire) \u2014 European Union leaders gathered for a summit in Brussels on Monday "
            "with a warning about melting glaciers.\n\n"
            "Most of the real work was done on the sidelines. Swiss President Anna Keller met Italian Prime "
            "Minister Marco Ferri, Austrian Chancellor Lukas Gruber and Slovenian Prime Minister Miha Novak. "
            "Croatian Prime Minister Ivo Kovac held talks with Hungarian Prime Minister Gabor Szabo over lunch "
            "and later met Czech Prime Minister Jan Dvorak.\n");
        const Extraction x = extractArticle(text, QDate(2025, 4, 21));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 4, eventsSaid(x).constData());
        for (const Event &e : meetings + eventsOf(x, QStringLiteral("talks")))
            QVERIFY2(e.date == QStringLiteral("2025-04-21") && !e.dateStated, eventsSaid(x).constData());
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1 && namesOf(x, talks.first().participants) == QStringLiteral("Gabor Szabo, Ivo Kovac"),
                 eventsSaid(x).constData());
    }

    // "in an interview with the Oslo daily Nordlys Avis", "told the
    // newspaper Dagens Tidende": a publication's name after the word for
    // it is no person's, and so speaks no one's quotation.
    void aPublicationNamedAfterItsKindIsNoPerson()
    {
        const QString text = QStringLiteral(
            "Energy Minister Ingrid Hauge went to Berlin last week to argue her case.\n\n"
            "In an interview with the Oslo daily Nordlys Avis on Friday, Ms Hauge was sharper than before.\n\n"
            "\"We will not pay for a pipeline we do not need,\" she told the paper.\n\n"
            "Trade Minister Per Lund told the newspaper Dagens Tidende that talks would go on.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Ingrid Hauge, Per Lund"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("pay for a pipeline")), QStringLiteral("Ingrid Hauge"));
    }

    // "Fiji's foreign minister, Jone Nata, wrote": past a country's title
    // in lower case, the person set off by commas speaks, not the country.
    void aCountrysTitleInLowerCaseThenThePerson()
    {
        const QString text = QStringLiteral(
            "\"A ferry that ran late in May will run late in June,\" Estonia's transport minister, Tiit Kask, "
            "wrote on social media.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("ferry that ran late")), QStringLiteral("Tiit Kask"));
    }

    // "Sabah, who flew to Doha to offer Kuwait's help, said that his
    // country \u201c…\u201d": the person before the relative clause speaks,
    // not the country named inside it.
    void aSpeakerBeforeARelativeClause()
    {
        const QString text = QStringLiteral(
            "The talks were hosted by Kuwaiti envoy Hamad Al-Sabah.\n\n"
            "Al-Sabah, who flew to Baku and then Yerevan in March to offer Kuwait's help, said that his country "
            "\"will help any neighbour who asks for it\".\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("any neighbour")), QStringLiteral("Hamad Al-Sabah"));
    }

    // "Joost ter Brugge", "Karel van den Berg", "Paola di Stefano": Dutch
    // and Italian particles inside a person's name, who then speaks.
    void moreParticlesInsideNames()
    {
        const QString text = QStringLiteral(
            "Joost ter Brugge, who studies port tariffs at a Utrecht institute, said the fees would rise.\n\n"
            "\"Nobody pays twice for the same berth,\" he said.\n\n"
            "Karel van den Berg, the harbour master, said the fees were fair. Paola di Stefano, a trader, said "
            "they were not.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        QCOMPARE(peopleOf(x), QStringLiteral("Joost ter Brugge, Karel van den Berg, Paola di Stefano"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("pays twice")), QStringLiteral("Joost ter Brugge"));
    }

    // "X travelled to Madrid last week to argue for the deal. She met …":
    // a meeting undated right after a dated trip of the one who meets was
    // held on that trip, its days, and is the trip (CONVENTIONS.md [trip]).
    void aMeetingRightAfterAVisitIsOfItsDays()
    {
        const QString text = QStringLiteral(
            "Swedish Trade Minister Sofia Lind travelled to Madrid last week to argue for the deal. She met "
            "Spain's economy minister, Pablo Ruiz, at his ministry.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(visits.isEmpty() && meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-04-28/2025-05-04"));
        QVERIFY2(namesOf(x, meetings.first().participants).contains(QLatin1String("Pablo Ruiz")),
                 eventsSaid(x).constData());
    }

    // "flew to Yerevan in early March": a trip by air to a place, in a
    // sentence that names no other event, is a visit there, as "travelled
    // to" is; "flew to Tbilisi for talks" is the talks.
    void aFlightToAPlaceIsAVisit()
    {
        const QString text = QStringLiteral(
            "Kuwaiti envoy Hamad Al-Sabah flew to Yerevan in early March to offer his country's help.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY2(visits.first().date == QStringLiteral("2025-03") && visits.first().place >= 0 &&
                     x.entities[visits.first().place].label == QStringLiteral("Yerevan"),
                 eventsSaid(x).constData());
        QVERIFY2(namesOf(x, visits.first().participants) == QStringLiteral("Hamad Al-Sabah"), eventsSaid(x).constData());
        const QString talks = QStringLiteral(
            "Kuwaiti envoy Hamad Al-Sabah flew to Tbilisi on Monday for talks with Georgian Prime Minister Levan "
            "Beridze.\n");
        const Extraction y = extractArticle(talks, QDate(2025, 5, 9));
        QVERIFY2(eventsOf(y, QStringLiteral("visit")).isEmpty(), eventsSaid(y).constData());
    }

    // "Odhiambo, who arrived in Oslo on Tuesday, was welcomed … before the
    // two leaders sat down for talks": a date in a ", who …," aside closed
    // before the event's words is the aside's; the talks are those of the
    // lead, on Wednesday.
    void aDateInAWhoAsideIsTheAsides()
    {
        const QString text = QStringLiteral(
            "Kenyan President Amina Odhiambo held talks with Norwegian Prime Minister Lars Dahl in Oslo on "
            "Wednesday.\n\n"
            "Odhiambo, who arrived in Oslo on Tuesday with a delegation of bankers, was welcomed at the palace "
            "before the two leaders sat down for three hours of talks.\n");
        const Extraction x = extractArticle(text, QDate(2025, 5, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(!talks.isEmpty(), eventsSaid(x).constData());
        for (const Event &e : talks)
            QVERIFY2(e.date != QStringLiteral("2025-05-06"), eventsSaid(x).constData());
    }

    // "An earlier round in April", "A fourth round is planned for next
    // month": rounds of the talks told, each an event of their parties;
    // "the talks" said later are still the talks the article tells, not
    // the last round named; "the second round of voting" is no talks.
    void roundsOfASeriesOfTalks()
    {
        const QString text = QStringLiteral(
            "Serbian envoy Ana Petrovic held talks with Croatian envoy Ivo Horvat in Brussels on June 3 and 4, "
            "officials said.\n\n"
            "An earlier round in April, also in Brussels, ended without agreement. A fourth round is planned "
            "for next month in Vienna, one official said.\n\n"
            "Austrian diplomat Karl Weiss said Austria would follow the talks closely.\n\n"
            "The second round of voting in the Serbian election is due in July.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 9));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 3, eventsSaid(x).constData());
        QStringList dates;
        for (const Event &e : talks) {
            dates.append(e.date);
            QVERIFY2(namesOf(x, e.participants).contains(QLatin1String("Ana Petrovic")), eventsSaid(x).constData());
            // "the talks" later are the talks of June, not a round.
            if (e.date != QStringLiteral("2025-06-03/2025-06-04"))
                QVERIFY2(!namesOf(x, e.participants).contains(QLatin1String("Austria")), eventsSaid(x).constData());
        }
        dates.sort();
        QCOMPARE(dates.join(QLatin1Char(' ')), QStringLiteral("2025-04 2025-06-03/2025-06-04 2025-07"));
        QVERIFY2(std::any_of(talks.cbegin(), talks.cend(), [](const Event &e) { return e.planned && e.date == QStringLiteral("2025-07"); }),
                 eventsSaid(x).constData());
    }

    // "will meet X next month on the sidelines of the annual summit of
    // ASEAN": the summit is an event of its own, not the meeting (even
    // undated, it names no one of the meeting's), held when the meeting
    // is and, like it, to come.
    void aSummitOnWhoseSidelinesAMeetingIsPlanned()
    {
        const QString text = QStringLiteral(
            "Swedish Foreign Minister Anna Lind will meet Chinese Foreign Minister Liang Wei in Kuala Lumpur next "
            "month on the sidelines of the annual summit of the Association of Southeast Asian Nations.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 9));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(meetings.size() == 1 && summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Anna Lind, Liang Wei"));
        QVERIFY2(meetings.first().planned && meetings.first().date == QStringLiteral("2025-07"), eventsSaid(x).constData());
        QVERIFY2(summits.first().planned && summits.first().date == QStringLiteral("2025-07"), eventsSaid(x).constData());
        QVERIFY2(namesOf(x, summits.first().participants).contains(QLatin1String("Association of Southeast Asian Nations")),
                 eventsSaid(x).constData());
    }

    // "invited X to a working lunch on Sunday": a lunch or a breakfast
    // with someone is a meeting with them, as a dinner is; "hosted X for a
    // working lunch", "talks over breakfast" say what for or when they met.
    void aLunchOrABreakfastIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Prime Minister Anna Lind said she had invited Chinese Premier Liang Wei to a working lunch on "
            "Sunday.\n\n"
            "On Monday Lind hosted Kenyan President Amina Odhiambo at her residence for a working lunch.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QVERIFY2(namesOf(x, meetings[0].participants).contains(QLatin1String("Liang Wei")), eventsSaid(x).constData());
        QVERIFY2(meetings[0].planned && meetings[0].date == QStringLiteral("2025-06-15"), eventsSaid(x).constData());
        QVERIFY2(namesOf(x, meetings[1].participants).contains(QLatin1String("Amina Odhiambo")), eventsSaid(x).constData());
        QCOMPARE(meetings[1].date, QStringLiteral("2025-06-09"));
    }

    // "the Group of 20 summit … G20 finance ministers": a capital letter
    // and a number are the short name of the organisation named "Group of
    // 20" before, not a name of nothing.
    void aLetterAndANumberShortForAGroupOfThatNumber()
    {
        const QString text = QStringLiteral(
            "Leaders of the Group of 20 met in London on Saturday.\n\n"
            "G20 finance ministers will meet in Paris in July, officials said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 14));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Group of 20"));
    }

    // "called for ASEAN trade ministers to meet before the end of the
    // year", "the two leaders will meet next week": a time right after
    // "meet", no object, is when those named before meet; "meet the
    // target before June" meets nobody.
    void meetingWithATimeRightAfterTheVerb()
    {
        const QString text = QStringLiteral(
            "Thai Prime Minister Suda Chai called for ASEAN trade ministers to meet before the end of the year.\n\n"
            "Kenyan President Amina Odhiambo and Tanzanian President Juma Mrema will meet next week, officials said.\n\n"
            "The factory must meet the target before June.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1 && ministerials.first().planned, eventsSaid(x).constData());
        QVERIFY2(namesOf(x, ministerials.first().participants).contains(QLatin1String("ASEAN")), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Amina Odhiambo, Juma Mrema"));
        QVERIFY2(meetings.first().planned && meetings.first().date == QStringLiteral("2025-06-16/2025-06-22"),
                 eventsSaid(x).constData());
    }

    // "On Monday, delegations from the two sides met in Vilnius" (no one
    // named) and later "ministers of A and the three B - C, D and E - are
    // due to meet in Riga, but no date has been set": what happened does not join
    // the meeting to come, which stays undated and planned.
    void aMeetingHeldDoesNotJoinOneToCome()
    {
        const QString text = QStringLiteral(
            "On Monday and Tuesday, energy delegations from the two sides met in Vilnius.\n\n"
            "Foreign ministers of the EU and the three Baltic states - Estonia, Latvia and Lithuania - are due to "
            "meet in Riga, but no date has been set.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 21));
        for (const Event &e : x.events) {
            if (e.planned)
                QVERIFY2(e.date.isEmpty(), eventsSaid(x).constData());
        }
        QVERIFY2(std::any_of(x.events.cbegin(), x.events.cend(), [](const Event &e) { return e.planned; }),
                 eventsSaid(x).constData());
    }

    // "The appeal came two days after an air strike by X on …": the
    // event after "came N days after", in a sentence whose subject is no
    // event, is that many days before the day of the event told last.
    void anEventSomethingCameDaysAfter()
    {
        const QString text = QStringLiteral(
            "Kenyan President Amina Odhiambo met Tanzanian President Juma Mrema in Arusha on Thursday.\n\n"
            "Their joint appeal came two days after an air strike by the Lakeside Militia on a market in Goma "
            "killed 12 people.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 14));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("military_action"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2025-06-10"));
        QVERIFY2(!strikes.first().dateStated, eventsSaid(x).constData());
    }

    // "A rocket hit a school in Kharkiv before dawn on Monday …  The
    // governor blamed the Northern Brigade": a strike told by its verb is a
    // military action, by whom the sentences after it blame, on the day
    // "before dawn" is a time of.
    void aStrikeToldByItsVerbAndWhoIsBlamed()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "A rocket hit a school in Kharkiv before dawn on Monday, killing four people.\n\n"
            "The school had been used as a shelter since the spring.\n\n"
            "The regional governor blamed the Northern Brigade, which denied it.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("military_action"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2025-06-09"));
        QCOMPARE(namesOf(x, strikes.first().participants), QStringLiteral("Northern Brigade"));
    }

    // "Envoys … met secretly in Lomé last week. The talks, held on June 3
    // and 4, …": right after, definite words of another kind for days
    // within the week told are that meeting, and give its days.
    void definiteTalksRightAfterAMeetingGiveItsDays()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ghanaian and Togolese envoys met secretly in Lomé last week to discuss the border, two people said.\n\n"
            "The talks, held on June 3 and 4 at a guesthouse outside the city, brought together Ghana's security "
            "adviser, Kwame Mensah, and Koffi Agbeko, a senior Togolese official, the people said.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 10));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().date, QStringLiteral("2025-06-03/2025-06-04"));
        QVERIFY2(namesOf(x, x.events.first().participants).contains(QLatin1String("Kwame Mensah")) &&
                     namesOf(x, x.events.first().participants).contains(QLatin1String("Ghana")),
                 eventsSaid(x).constData());
    }

    // "Interior ministers of the African Union and three Sahel states -
    // Mali, Niger and Chad - will meet": the ministers of three countries
    // or more, however listed between "ministers of" and the verb, hold a
    // ministerial, with the organisation named among them.
    void ministersOfCountriesListedAfterADescription()
    {
        const QString text = QStringLiteral(
            "Interior ministers of the African Union and three Sahel states - Mali, Niger and Chad - will meet in "
            "Niamey next month to discuss border patrols.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("African Union, Chad, Mali, Niger"));
        QVERIFY2(ministerials.first().planned && ministerials.first().date == QStringLiteral("2025-07"),
                 eventsSaid(x).constData());
    }

    // "Trade delegations of Chile and Peru met in Lima": delegations (or
    // negotiators) meeting hold talks, not a meeting of their own.
    void delegationsMeetingHoldTalks()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trade delegations from Chile and Peru met in Lima on Monday to settle a dispute over fishing quotas.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        QVERIFY2(eventsOf(x, QStringLiteral("meeting")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1 && talks.first().date == QStringLiteral("2025-06-09"), eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Chile, Peru"));
    }

    // "On Monday, delegations from the two sides met in Lima. The Chilean
    // team was led by X, and the Peruvian side by Y": no one named, those
    // the next sentence says led them take part.
    void delegationsLedByThoseTheNextSentenceNames()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Monday, delegations from the two sides met in Lima. The Chilean team was led by Deputy Trade "
            "Minister Rosa Vidal, and the Peruvian side by Trade Minister Jorge Paz.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1 && talks.first().date == QStringLiteral("2025-06-09"), eventsSaid(x).constData());
        QVERIFY2(namesOf(x, talks.first().participants).contains(QLatin1String("Rosa Vidal")) &&
                     namesOf(x, talks.first().participants).contains(QLatin1String("Jorge Paz")),
                 eventsSaid(x).constData());
    }

    // "Uganda would watch the talks closely", "declined to confirm or deny
    // the meetings": who watches the event told, or confirms it, takes no
    // part in it.
    void whoWatchesTheTalksTakesNoPart()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Kenyan President Amina Odhiambo held talks with Tanzanian President Juma Mrema in Arusha on Monday.\n\n"
            "Ugandan Foreign Minister Sam Okello said Uganda would watch the talks closely.\n\n"
            "Rwanda's foreign ministry spokesman, Eric Habimana, declined to confirm or deny the talks.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Amina Odhiambo, Juma Mrema"));
    }

    // "Qatari Foreign Minister X hosted the delegations and sat in on the
    // opening session": whoever hosts the delegations of the talks told
    // takes part in those talks, no meeting of their own.
    void whoHostsTheDelegationsTakesPartInTheTalks()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Kenyan President Amina Odhiambo held talks with Tanzanian President Juma Mrema in Doha on Monday. "
            "Qatari Foreign Minister Khalid Al-Thani hosted the delegations and sat in on the opening session.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        QVERIFY2(eventsOf(x, QStringLiteral("meeting")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Amina Odhiambo, Juma Mrema, Khalid Al-Thani"));
    }

    // "at a summit of the African Union in February, when Odhiambo sat down
    // with Mrema": a meeting held while a summit (a ministerial) was on is
    // an event of its own, of the summit's days; those who met attended it.
    void aMeetingHeldWhenASummitWasOn()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Kenyan President Amina Odhiambo and Tanzanian President Juma Mrema have not spoken since the spring.\n\n"
            "The last time the two leaders spoke face to face was at a summit of the African Union in Addis Ababa "
            "in February, when Odhiambo sat down with Mrema for twenty minutes.\n");
        const Extraction x = extractArticle(text, QDate(2025, 6, 12));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(meetings.size() == 1 && summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-02"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Amina Odhiambo, Juma Mrema"));
        QCOMPARE(summits.first().date, QStringLiteral("2025-02"));
        QVERIFY2(namesOf(x, summits.first().participants).contains(QLatin1String("Juma Mrema")),
                 eventsSaid(x).constData());
    }

    // "When they last gathered, in October," (or "last met"): the ones
    // told before met the time before, an event of the same kind.
    void whenTheyLastGathered()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "NATO defence ministers met in Brussels on Thursday to discuss air defence.\n\n"
            "When they last gathered, in October, they failed to agree on the targets.\n");
        const Extraction x = extractArticle(text, QDate(2027, 2, 14));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 2, eventsSaid(x).constData());
        QVERIFY2(std::any_of(ministerials.cbegin(), ministerials.cend(),
                             [&](const Event &e) {
                                 return e.date == QStringLiteral("2026-10") && !e.planned &&
                                        namesOf(x, e.participants) == QStringLiteral("NATO");
                             }),
                 eventsSaid(x).constData());
    }

    // "Talks between A and B's Minister of Trade, C, are scheduled for
    // Thursday": a subject of names and titles, commas and all, and the
    // first verb after it says the talks are to come; Thursday is the next.
    void talksWhoseLongSubjectIsScheduled()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Talks between Kenyan Foreign Minister Amina Wanjiru Odhiambo and Uganda's Minister of External "
            "Relations, Joseph Okello Mugisha, are scheduled for Thursday in Kampala.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(talks.first().planned);
        QCOMPARE(talks.first().date, QStringLiteral("2028-05-11"));
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Amina Wanjiru Odhiambo, Joseph Okello Mugisha"));
    }

    // "arrives in Nairobi on the 14th for a two-day visit", "begins a
    // tour next week": the present of a journey is its timetable, to come.
    void aJourneyInThePresentIsToCome()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Danish Trade Minister Mette Holst arrives in Nairobi on Thursday for a visit with about 20 "
            "Danish companies.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY(visits.first().planned);
        QCOMPARE(visits.first().date, QStringLiteral("2028-05-11"));
    }

    // "The Swahili-language daily Taifa Leo called the talks “the real
    // summit”", "Analyst X described the meeting as …": the press, or who
    // comments, judges the event by naming it, and was not there.
    void whoNamesTheTalksInThePressTakesNoPart()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "President Juma Mrema held talks with Uganda's president, Paul Kato, on Sunday. The Swahili-language "
            "daily Taifa Leo called the talks \"the real summit\".\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Juma Mrema, Paul Kato"));
    }

    // "The two-day Pacific Islands Forum summit that ended in Apia on
    // Sunday": the days run to that date, whatever words name the summit.
    void daysOfASummitWithItsNameBetween()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The two-day Pacific Islands Forum summit that ended in Apia on Sunday produced a declaration on fisheries.\n");
        const Extraction x = extractArticle(text, QDate(2028, 2, 14));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2028-02-12/2028-02-13"));
    }

    // "had met X on the eve of the summit": the day before the summit's
    // first day, of the summit told before.
    void onTheEveOfTheSummit()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The two-day Pacific Islands Forum summit that ended in Apia on Sunday produced a declaration on "
            "fisheries.\n\n"
            "The paper said Fijian Foreign Minister Ratu Vosa had met the forum's secretary-general, Mele Taufa, "
            "on the eve of the summit to agree the wording.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2028-05-05"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Mele Taufa, Ratu Vosa"));
    }

    // "“…,” retorted X", "“…,” X shouted from the back": words shouted,
    // retorted, exclaimed or muttered are words said.
    void wordsShoutedOrRetorted()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trade Minister Ilse Brandt defended the licences.\n\n"
            "\u201cThe licences are not for sale,\u201d retorted Piotr Kowalski, the opposition critic, from the far "
            "end of the table.\n\n"
            "The committee was restless. \u201cThey never were, and everyone in this room knows it,\u201d Marta "
            "Nowicka, the committee's vice-chair, shouted from the back.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        QStringList said;
        for (const Statement &st : x.statements) {
            if (st.direct)
                said.append(st.speaker >= 0 ? x.entities[st.speaker].label : QStringLiteral("-"));
        }
        QCOMPARE(said.join(QStringLiteral(", ")), QStringLiteral("Piotr Kowalski, Marta Nowicka"));
    }

    // "“Because,” the minister said, “we check.”": a short opening of a
    // sentence, the words going on in lower case after the attribution, is
    // words said, not a scare quote.
    void aShortOpeningOfASplitQuotation()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trade Minister Ilse Brandt was asked why officials had gone to Oslo.\n\n"
            "\u201cBecause,\u201d Brandt said, with a long look at the clock, \u201cwe check the licences "
            "ourselves.\u201d\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const auto opening = std::find_if(x.statements.cbegin(), x.statements.cend(), [&](const Statement &st) {
            return st.direct && text.mid(st.text.start, st.text.end - st.text.start).startsWith(QLatin1String("Because"));
        });
        QVERIFY(opening != x.statements.cend());
        QVERIFY(opening->speaker >= 0);
        QCOMPARE(x.entities[opening->speaker].label, QStringLiteral("Ilse Brandt"));
    }

    // "led by Deputy Minister B … “…,” the minister said": a bare title
    // is the full holder's (Foreign Minister A), not a deputy's.
    void theMinisterIsNotTheDeputy()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Foreign Minister Ilse Brandt appeared before the committee on Wednesday.\n\n"
            "A delegation led by Deputy Minister Tomas Varga had flown to Oslo on Tuesday.\n\n"
            "\u201cWe check every licence ourselves,\u201d the minister said.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const auto quote = std::find_if(x.statements.cbegin(), x.statements.cend(), [](const Statement &st) {
            return st.direct;
        });
        QVERIFY(quote != x.statements.cend());
        QVERIFY(quote->speaker >= 0);
        QCOMPARE(x.entities[quote->speaker].label, QStringLiteral("Ilse Brandt"));
    }

    // "Sigrun Haaland of Nordvik Bank in Bergen asked …": a name of two or
    // three words, none an organisation's, then "of" and an organisation's
    // name: a person of that organisation, not one long name.
    void somebodyOfAnOrganisation()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Analysts pressed the company on the price. Sigrun Haaland of Nordvik Bank in Bergen asked whether the "
            "buyer was overpaying.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        QStringList people, organisations;
        for (const Entity &e : x.entities) {
            if (e.kind == NodeKind::Person)
                people.append(e.label);
            else if (e.kind == NodeKind::Organization)
                organisations.append(e.label);
        }
        QCOMPARE(people.join(QStringLiteral(", ")), QStringLiteral("Sigrun Haaland"));
        QCOMPARE(organisations.join(QStringLiteral(", ")), QStringLiteral("Nordvik Bank"));
    }

    // "referring to Tiago Barros Lemos, who has chaired Rio Verde": after
    // "to" or "in", a name that "who" follows is someone's, not a place's.
    void aNameThatWhoFollowsIsNoPlace()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Shareholders will vote in June. The finance chief said the test was simple, referring to Tiago "
            "Barros Lemos, who has chaired the miner since 2024.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 7));
        const auto found = std::find_if(x.entities.cbegin(), x.entities.cend(), [](const Entity &e) {
            return e.label == QStringLiteral("Tiago Barros Lemos");
        });
        QVERIFY(found != x.entities.cend());
        QCOMPARE(found->kind, NodeKind::Person);
    }

    // "hosted her Indonesian counterpart, Wulandari, for talks": one word
    // set off after a title (or "counterpart") is someone with one name.
    void someoneWithASingleName()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Wednesday, Foreign Minister Lena Kovac hosted her Indonesian counterpart, Sulistyowati, for talks in "
            "Zagreb.\n\n"
            "Sulistyowati told reporters the levy would stay.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        const auto found = std::find_if(x.entities.cbegin(), x.entities.cend(), [](const Entity &e) {
            return e.label == QStringLiteral("Sulistyowati");
        });
        QVERIFY(found != x.entities.cend());
        QCOMPARE(found->kind, NodeKind::Person);
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Lena Kovac, Sulistyowati"));
    }

    // "hosted her counterpart, X, for talks": what the host had the guest
    // over for names the event; host and guest hold the talks.
    void hostedForTalks()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Wednesday, Foreign Minister Lena Kovac hosted her Slovenian counterpart, Marko Zupan, for talks at "
            "the foreign ministry in Zagreb.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("talks"));
        QCOMPARE(x.events.first().date, QStringLiteral("2028-05-10"));
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Lena Kovac, Marko Zupan"));
    }

    // "The two presidents last met in March at the … summit": when they
    // were last together, told as a summit, is the summit.
    void lastMetAtTheSummit()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "President Ana Varo watched the final with President Ben Koss on Sunday. The two presidents last met in "
            "March at the Andean Forum summit in Lima, where they barely spoke.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("summit"));
        QCOMPARE(x.events.first().date, QStringLiteral("2028-03"));
        QVERIFY2(namesOf(x, x.events.first().participants).contains(QStringLiteral("Andean Forum")), eventsSaid(x).constData());
    }

    // "said on Tuesday in an interview with Radio Kestia that …": the
    // interview is of the day of the saying, not of a day in the words
    // said; a name ending in "FM" is a station's.
    void saidOnADayInAnInterview()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Interior Minister Lena Varga said on Tuesday in an interview with Kestia FM that the border would "
            "reopen in June.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("interview"));
        QCOMPARE(x.events.first().date, QStringLiteral("2028-05-09"));
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Kestia FM, Lena Varga"));
    }

    // "X called Varga on Sunday morning and offered …": calling someone,
    // then when, is a phone call; "called Varga a liar" is none.
    void calledSomeoneOnADay()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Interior Minister Lena Varga toured the flooded valley on Saturday. Kestian President Olga Brandt "
            "called Varga on Sunday morning and offered two rescue teams. Critics called Varga a liar.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QList<Event> calls;
        for (const Event &e : x.events) {
            if (e.type == QLatin1String("phone_call"))
                calls.append(e);
        }
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2028-05-07"));
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Lena Varga, Olga Brandt"));
    }

    // A timeline's entries ("July 16 — X flies to Y and meets Z") tell what
    // happened: the present is the historic one, and a day after the
    // article's is the year before's.
    void aTimelinesEntriesArePast()
    {
        const QString text = QStringLiteral(
            "A year of talks\n\n"
            "Here is how the year unfolded.\n\n"
            "January 14 \u2014 Interior Minister Lena Varga meets Prime Minister Ivo Lind for the first time, in "
            "Tarsk.\n\n"
            "July 16 \u2014 Kestian President Olga Brandt flies to Tarsk and meets Lind at his residence.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        QVERIFY2(x.events.size() == 2, eventsSaid(x).constData());
        QCOMPARE(x.events[0].date, QStringLiteral("2029-01-14"));
        QCOMPARE(x.events[1].date, QStringLiteral("2029-07-16"));
        QVERIFY(!x.events[0].planned && !x.events[1].planned);
    }

    // "on Monday, February 4": the weekday names the calendar day after it.
    void aWeekdayThenItsDate()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Foreign Minister Lena Varga and her Kestian counterpart, Ivo Lind, will meet in Tarsk on Monday, "
            "February 4.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().date, QStringLiteral("2030-02-04"));
        QVERIFY(x.events.first().planned && x.events.first().dateStated);
    }

    // "the guarantor countries' foreign ministers are due to meet": the
    // ministers of a group of countries hold a ministerial, of the
    // countries of the ministerial told before.
    void theCountriesMinistersMeet()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On March 4 the foreign ministers of Chile, Peru and Norway met in Oslo and set up a group of "
            "guarantor countries.\n\n"
            "The guarantor countries' foreign ministers are due to meet in Tarsk on January 29.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        QVERIFY2(x.events.size() == 2, eventsSaid(x).constData());
        QCOMPARE(x.events[1].type, QStringLiteral("ministerial"));
        QCOMPARE(x.events[1].date, QStringLiteral("2030-01-29"));
        QCOMPARE(namesOf(x, x.events[1].participants), QStringLiteral("Chile, Norway, Peru"));
    }

    // "Mid-July — the conference hosts a meeting": a month's part, one
    // word, dates what the sentence tells.
    void midMonthInOneWord()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Here is how the year unfolded.\n\n"
            "Mid-July \u2014 Interior Minister Lena Varga hosts a discreet meeting with Prime Minister Ivo Lind in "
            "Tarsk.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().date, QStringLiteral("2029-07"));
    }

    // "Lena Varga, the Kestian who heads the UN mission, tells delegates
    // that …“…”": the clause qualifies her apposition; the words are hers,
    // not the organisation's named inside it.
    void aClauseInsideAnApposition()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Lena Varga, the Kestian who heads the UN mission, tells delegates that the truce \u201cproved that "
            "the guns can be silent\u201d.\n");
        QCOMPARE(speakerIn(text, QDate(2030, 1, 13), QStringLiteral("proved that")), QStringLiteral("Lena Varga"));
    }

    // "Interior and health officials meet for the first time": no one after
    // the verb, those who meet its subject; the rounds of talks that
    // follow, naming no one, are theirs.
    void meetForTheFirstTime()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Here is how the year unfolded.\n\n"
            "January 14 \u2014 Interior Minister Lena Varga and Prime Minister Ivo Lind meet for the first time, "
            "in Tarsk.\n\n"
            "May 22 \u2014 The second round opens in Havana.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 16));
        QVERIFY2(x.events.size() == 2, eventsSaid(x).constData());
        QCOMPARE(x.events[0].type, QStringLiteral("meeting"));
        QCOMPARE(x.events[0].date, QStringLiteral("2030-01-14"));
        QCOMPARE(namesOf(x, x.events[0].participants), QStringLiteral("Ivo Lind, Lena Varga"));
        QCOMPARE(x.events[1].type, QStringLiteral("talks"));
        QCOMPARE(x.events[1].date, QStringLiteral("2029-05-22"));
        QCOMPARE(namesOf(x, x.events[1].participants), QStringLiteral("Ivo Lind, Lena Varga"));
    }

    // "The summit is set for March next year in Lima. Varga has accepted an
    // invitation to attend, which would make it her first visit to Peru":
    // a visit to come, undated, right after an event to come, dated, is
    // made for it.
    void aVisitMadeForTheEventBefore()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The Andean Forum summit is set for March next year in Lima. Interior Minister Lena Varga has accepted "
            "an invitation to attend, which would make it her first visit to Peru.\n");
        const Extraction x = extractArticle(text, QDate(2029, 10, 15));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2030-03"));
        QVERIFY(visits.first().planned);
    }

    // "Lena Varga, the UN resident coordinator in Kestia, met Ivo Lind and
    // the head of the Red Cross delegation, Mara Holm,": the organisations
    // qualify the titles of those named with them; the people take part.
    void organisationsOfTheirTitles()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Lena Varga, the UN resident coordinator in Kenya, met Interior Minister Ivo Lind and the head of the "
            "Red Cross delegation, Mara Holm, in Nairobi on Tuesday to divide up the relief work.\n");
        const Extraction x = extractArticle(text, QDate(2028, 4, 12));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Ivo Lind, Lena Varga, Mara Holm"));
        QVERIFY(!peopleOf(x).contains(QStringLiteral("Red Cross")));
    }

    // "X told the meeting that …": who addresses the meeting is at it.
    void toldTheMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The government held an emergency cabinet meeting in Tarsk on Sunday, chaired by Prime Minister Ivo "
            "Lind. Emergency Situations Minister Lena Varga told the meeting that aftershocks had damaged a road.\n");
        const Extraction x = extractArticle(text, QDate(2028, 4, 12));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QVERIFY2(namesOf(x, x.events.first().participants).contains(QStringLiteral("Lena Varga")), eventsSaid(x).constData());
    }

    // "The first formal round opens in Havana and runs until the end of the
    // month": a round of the talks of those who met before, from its day
    // to the month's end.
    void aRoundToTheEndOfTheMonth()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Here is how the year unfolded.\n\n"
            "January 14 \u2014 Interior Minister Lena Varga and Prime Minister Ivo Lind meet for the first time, "
            "in Tarsk.\n\n"
            "February 19 \u2014 The first formal round opens in Havana and runs until the end of the month.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2029-02-19/2029-02-28"));
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Ivo Lind, Lena Varga"));
    }

    // "the Peruvian government and the rebels … Government and rebel
    // delegates meet": "Government" opening a sentence is Peru's.
    void governmentOpeningASentence()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "A year after the Peruvian government and the Frente Andino first sat down, talks go on.\n\n"
            "January 14 \u2014 Government and Frente Andino delegates meet for the first time, in Lima.\n");
        const Extraction x = extractArticle(text, QDate(2030, 1, 13));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Frente Andino, Peru"));
    }

    // "With elections in March, he said, Lind would be tempted to “sign
    // something, anything” before the campaign peaks": a clause of time
    // after the words; they are what he said Lind would do, his words.
    void quotedWordsBeforeAClauseOfTime()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Mara Holm warned that the timetable was a risk. With elections in March, she said, Prime "
            "Minister Ivo Lind would be tempted to \u201csign something, anything\u201d before the campaign "
            "peaks.\n");
        QCOMPARE(speakerIn(text, QDate(2030, 1, 13), QStringLiteral("sign something")), QStringLiteral("Mara Holm"));
    }

    // "**OKAFOR:** We never thought …": a transcript's turn, opened by a
    // speaker's surname (in capitals or not) and a colon, is that person's
    // words; the host's question is no statement, nor any later turn of
    // the host's; "NAME, ROLE (SOUNDBITE):" labels a turn too, a
    // correspondent's never; "A:" after "Q:" is the interviewee's answer.
    void transcriptTurnsAreTheirSpeakersWords()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "This week host Mira Oduya talks to the engineer Tomas Okafor about the dam.\n\n"
            "**OKAFOR:** We never thought the grid would hold. It held anyway.\n\n"
            "**ODUYA:** And who paid for it?\n\n"
            "Okafor: Everyone who buys power, in the end.\n\n"
            "Oduya: The ministry says the bill is settled.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QCOMPARE(speakerOf(x, text, QStringLiteral("We never thought the grid would hold. It held anyway.")),
                 QStringLiteral("Tomas Okafor"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("And who paid for it?")), QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Everyone who buys power, in the end.")), QStringLiteral("Tomas Okafor"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The ministry says the bill is settled.")),
                 QStringLiteral("(not a statement)"));
        QCOMPARE(peopleOf(x), QStringLiteral("Mira Oduya, Tomas Okafor"));

        const QString tv = QStringLiteral(
            "Headline\n\n"
            "PAOLO DIMACULANGAN, CORRESPONDENT: Defense Secretary Ramon Villanueva met his counterparts today.\n\n"
            "RAMON VILLANUEVA, DEFENSE SECRETARY (SOUNDBITE): This is not aimed at anyone. It is aimed at being "
            "ready.\n\n"
            "DIMACULANGAN: The navy has declared an exclusion zone.\n\n"
            "Villanueva, speaking to this station, was blunt: \"We will not stop.\"\n");
        const Extraction y = extractArticle(tv, QDate(2026, 3, 12));
        QCOMPARE(speakerOf(y, tv, QStringLiteral("This is not aimed at anyone. It is aimed at being ready.")),
                 QStringLiteral("Ramon Villanueva"));
        QCOMPARE(speakerOf(y, tv, QStringLiteral("The navy has declared an exclusion zone.")),
                 QStringLiteral("(not a statement)"));
        QCOMPARE(speakerOf(y, tv, QStringLiteral("We will not stop.")), QStringLiteral("Ramon Villanueva"));
        QVERIFY2(!quotationOf(y, tv, QStringLiteral("was blunt")), "a sentence with a colon is no turn");

        const QString qa = QStringLiteral(
            "Headline\n\n"
            "Joel Kalsakau, Vanuatu's chief negotiator, spoke to Pacific Tides Radio on Monday.\n\n"
            "Q: Where do the negotiations stand?\n\n"
            "A: Closer than they have ever been. We met in Honiara on the 3rd.\n");
        const Extraction z = extractArticle(qa, QDate(2033, 10, 27));
        QCOMPARE(speakerOf(z, qa, QStringLiteral("Closer than they have ever been. We met in Honiara on the 3rd.")),
                 QStringLiteral("Joel Kalsakau"));
        QCOMPARE(speakerOf(z, qa, QStringLiteral("Where do the negotiations stand?")), QStringLiteral("(not a statement)"));
    }

    // The interviewee of a transcript is the guest a host talks to, not
    // the host named first: "host X talks to the engineer Y", then a
    // bold question and a quoted answer, is Y answering.
    void theGuestAnswersNotTheHost()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "*This week host Mira Oduya talks to the engineer Tomas Okafor about the dam.*\n\n"
            "**Did the grid hold?**\n\n"
            "\u201cIt held, though nobody on the site thought it would, and the river was higher than in any year "
            "we had records for.\u201d\n");
        QCOMPARE(speakerIn(text, QDate(2028, 2, 11), QStringLiteral("nobody on the site thought it would")),
                 QStringLiteral("Tomas Okafor"));
    }

    // "A was in Oslo, she said, and …": a pronoun saying the words in an
    // aside after a clause with its own subject is someone else, and in a
    // later sentence stands for whom that pronoun stood for.
    void aPronounInAnAsideIsNotTheClausesSubject()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Speaking slowly, Ines Mbeki told the court that the deal was done in May.\n\n"
            "Peter Olonga was in Nairobi for a conference, she said, and a banker joined them.\n\n"
            "\"The banker named a figure,\" she said.\n\n"
            "Under questioning from the prosecutor, Ruth Banda, she said the money came later. "
            "\"I saw the envelopes,\" she said.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The banker named a figure")), QStringLiteral("Ines Mbeki"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("I saw the envelopes")), QStringLiteral("Ines Mbeki"));
    }

    // "the Harare Governance Watch", "Premier League", "Kafue Today",
    // "the Youth Conference": words that name organisations, never people.
    void moreWordsThatNameOrganisations()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ines Mbeki, director of the Harare Governance Watch, said the Premier League had talked to "
            "the Kafue Today newspaper about the Youth Conference.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QCOMPARE(peopleOf(x), QStringLiteral("Ines Mbeki"));
    }

    // "is expected to visit Oslo next month … and will meet X": a meeting
    // undated in the sentence of a dated visit of someone at it was held
    // (or is to be) on that visit.
    void aMeetingInTheSentenceOfADatedVisitTakesItsDate()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Peru's trade minister, Ravi Nair, is expected to visit Oslo next month, according to the ministry, "
            "and will meet Norway's fisheries minister, Ola Berg.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2028-06"));
        QVERIFY(meetings.first().planned);
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ola Berg, Ravi Nair"));
    }

    // "In May of that year she held talks …": the month of the year the
    // text named last, not of the article's.
    void aMonthOfThatYearIsOfTheYearNamedLast()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Lena Kovac became trade minister in April 2027, her aide said.\n\n"
            "She hired new staff.\n\n"
            "In May of that year she held talks with Ola Berg in Oslo.\n");
        const Extraction x = extractArticle(text, QDate(2030, 2, 19));
        const QList<Event> visits = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2027-05"));
    }

    // "Asked whether Ola Berg had chosen, he laughed": a name in the
    // question asked is not who answers; "Nair's last word was about the
    // sea. “…,” he said": a sentence opened by someone's possessive, with
    // nobody else named, is about the one who speaks next.
    void askedWhetherAndAPossessiveOpeningASentence()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ravi Nair, the agent, said the talks were going well. Asked by reporters whether Ola Berg had "
            "already chosen Lima, he laughed.\n\n"
            "\"If I told you, I would have nothing to do,\" he said.\n\n"
            "Ines Mbeki said the club would wait.\n\n"
            "Nair's last word was about the money. \"It always arrives late,\" he said.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QCOMPARE(speakerOf(x, text, QStringLiteral("If I told you")), QStringLiteral("Ravi Nair"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("It always arrives late")), QStringLiteral("Ravi Nair"));
    }

    // "travelled with Ola Berg to Oslo": a journey with company between
    // the verb and where to is a visit of both; one to a place "where, she
    // said, he held talks" with someone is those talks (CONVENTIONS.md [trip]).
    void travellingWithSomeoneToAPlace()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Monday Lena Kovac travelled with Ola Berg to Oslo.\n\n"
            "On Friday Ravi Nair travelled with Ines Mbeki to Lima, where, she said, he held talks with Juan Soto.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2028-05-08"));
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Lena Kovac, Ola Berg"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2028-05-05"));
    }

    // "at the Marula Grand hotel", "the Kafue Park stadium": a name before
    // the kind of building it is names the building, no one.
    void aNameBeforeHotelOrStadiumIsAPlace()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ines Mbeki said the breakfast took place at the Lowveld Grand hotel, near the Kafue Park stadium.\n");
        const Extraction x = extractArticle(text, QDate(2028, 5, 11));
        QCOMPARE(peopleOf(x), QStringLiteral("Ines Mbeki"));
    }

    // "is expected to travel to Lima at the weekend": the coming Saturday
    // and Sunday; "met … over the weekend": the last ones.
    void theWeekend()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ravi Nair is expected to travel to Lima at the weekend.\n\n"
            "Ines Mbeki met Juan Soto in Quito over the weekend.\n");
        const Extraction x = extractArticle(text, QDate(2031, 8, 14)); // a Thursday
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2031-08-16/2031-08-17"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2031-08-09/2031-08-10"));
    }

    // "The hearing resumes on Thursday, when X is expected to …": a
    // court's (or a committee's) sitting is an event; "argued during the
    // hearing", undated, tells none of its own.
    void aHearingIsAnEvent()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Counsel for the board, Ines Mbeki, had argued during the hearing that the rules were clear.\n\n"
            "The hearing resumes on Thursday, when Ravi Nair is expected to finish his cross-examination.\n");
        const Extraction x = extractArticle(text, QDate(2030, 2, 19)); // a Tuesday
        const QList<Event> other = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(other.size() == 1, eventsSaid(x).constData());
        QCOMPARE(other.first().date, QStringLiteral("2030-02-21"));
        QCOMPARE(namesOf(x, other.first().participants), QStringLiteral("Ravi Nair"));
    }

    // "should meet on the sidelines of the summit in Quito later this
    // year": the article's year.
    void laterThisYear()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ines Mbeki said Ravi Nair and Juan Soto should meet in Quito later this year.\n");
        const Extraction x = extractArticle(text, QDate(2029, 1, 25));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2029"));
    }

    // A hard-wrapped list item goes on in its next line as a paragraph
    // does: "Fijian Prime\nMinister Elia Vunivalu" is one title and name,
    // not a person named "Fijian Prime".
    void aWrappedListItemRunsOn()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "SUVA, Aug 14 (Reef Wire) - Leaders of the region will meet later this\n"
            "month, and they remain split over the rules for fishing in the high\n"
            "seas, officials from three of the governments said on Thursday.\n\n"
            "Following are the main meetings of the year on the issue so far.\n\n"
            "* June 9 - Koror: Palau President Mateo Kesil receives Fijian Prime\n"
            "Minister Elia Vunivalu on a two-day visit to the islands of the\n"
            "north.\n\n"
            "* July 2 - Apia: the two leaders speak again, this time by phone, on\n"
            "the rules they want the region to adopt before the end of the year.\n");
        const Extraction x = extractArticle(text, QDate(2031, 8, 14));
        const QString people = peopleOf(x);
        QVERIFY2(!people.contains(QStringLiteral("Fijian Prime")), qPrintable(people));
        QVERIFY2(people.contains(QStringLiteral("Elia Vunivalu")), qPrintable(people));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QVERIFY2(namesOf(x, visits.first().participants).contains(QStringLiteral("Elia Vunivalu")), eventsSaid(x).constData());
    }

    // "ANDECO trade ministers meet in Cuenca on June 3-4": people in
    // the plural, whose they are named right before them, meet one another
    // (the verb wants no object); "when negotiators meet there next" names
    // no one who meets.
    void aNamedGroupMeetsWithoutAnObject()
    {
        const QString text = QStringLiteral(
            "ANDECO trade ministers meet for their yearly retreat in Cuenca, Ecuador, on June 3-4. Ecuador, "
            "which chairs the pact this year, said last week that tariffs would top the agenda.\n\n"
            "Farmers plan a march in Lima when negotiators meet there next.\n");
        const Extraction x = extractArticle(text, QDate(2029, 5, 16));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        const Event &e = x.events.first();
        QCOMPARE(e.type, QStringLiteral("ministerial"));
        QVERIFY2(namesOf(x, e.participants).contains(QStringLiteral("ANDECO")), eventsSaid(x).constData());
    }

    // "X will fly to Tallinn next week for talks with Y. She is also
    // expected to meet officials of Z": a sentence that opens on its
    // pronoun subject and names no date goes on with the one before it;
    // its event is of that one's days, and to come as it is.
    void aPronounsSentenceGoesOnWithTheDayBefore()
    {
        const QString text = QStringLiteral(
            "Uruguayan Energy Minister Lucía Berrondo will fly to Tallinn next week for talks with Estonian Energy "
            "Minister Kaarel Tamm on a wind-power loan. She is also expected to meet officials of the Baltic "
            "Grid Authority.\n\n"
            "Berrondo met Tamm in Montevideo in March. He later called the visit a turning point.\n");
        const Extraction x = extractArticle(text, QDate(2030, 9, 11));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        const Event &bank = meetings.first();
        QVERIFY2(namesOf(x, bank.participants).contains(QStringLiteral("Baltic Grid Authority")), eventsSaid(x).constData());
        QCOMPARE(bank.date, QStringLiteral("2030-09-16/2030-09-22"));
        QVERIFY(bank.planned);
        QVERIFY(!bank.dateStated);
    }

    // "is due to open on Monday in Quito and run for two days": from the
    // day it opens, the days it is said to run.
    void anEventRunsForTheDaysItIsSaidToLast()
    {
        const QString text = QStringLiteral(
            "The summit of the Andean Forum is due to open on Monday in Quito and run for two days.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2031-05-19/2031-05-20"));
        QVERIFY(summits.first().planned);
    }

    // "A Malian consular team flew to Dakar", "Namibian and Angolan army
    // commanders are expected to hold talks": a demonym right before a
    // group of people stands for its country, which takes part.
    void aDemonymsGroupIsItsCountry()
    {
        const QString text = QStringLiteral(
            "Namibian and Angolan army commanders are expected to hold talks at the Oshikango border post later "
            "this month.\n\n"
            "A Malian consular team flew to Dakar and visited the detained fishermen on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Angola, Namibia"));
        QCOMPARE(talks.first().date, QStringLiteral("2031-05"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Mali"));
        QCOMPARE(visits.first().date, QStringLiteral("2031-05-12"));
    }

    // "met on the margins of the Andean Forum Assembly": what a meeting was
    // held beside is its occasion, not someone who met.
    void theMarginsOfSomethingAreNoParticipant()
    {
        const QString text = QStringLiteral(
            "Guatemalan Foreign Minister Pablo Ixcot met Belizean Foreign Minister Dana Heusner on the margins of "
            "the Caribbean Basin Assembly in Kingston on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> met = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, met.first().participants), QStringLiteral("Dana Heusner, Pablo Ixcot"));
    }

    // "when the two met in March", "The two leaders met again": "the two",
    // none named, are the last two people named before in the paragraph.
    void theTwoAreTheLastTwoNamed()
    {
        const QString text = QStringLiteral(
            "Guatemalan Foreign Minister Pablo Ixcot spoke by phone with Belizean Foreign Minister Dana Heusner on "
            "Monday. She said she had first raised the dispute with him when the two met in Flores in March.\n\n"
            "Honduran President Elsa Murillo and Salvadoran President Tomás Abrego signed the treaty on Friday. The "
            "two leaders met again in Copán on Saturday.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> met = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 2, eventsSaid(x).constData());
        QCOMPARE(met[0].date, QStringLiteral("2031-03"));
        QCOMPARE(namesOf(x, met[0].participants), QStringLiteral("Dana Heusner, Pablo Ixcot"));
        QCOMPARE(met[1].date, QStringLiteral("2031-05-10"));
        QCOMPARE(namesOf(x, met[1].participants), QStringLiteral("Elsa Murillo, Tomás Abrego"));
    }

    // "agreed on Monday to …, after talks in Bangkok between their
    // ministers": the event a dated clause came after, named with no verb
    // of its own, ended on that day; "after talks with X collapsed" does
    // not say when they were held.
    void anEventAClauseCameAfterEndedThatDay()
    {
        const QString text = QStringLiteral(
            "Gabon and Congo agreed on Monday to reopen the river ferry, after talks in Libreville between their "
            "transport ministers.\n\n"
            "Malagasy Mining Minister Hery Rakoto resigned on Thursday after talks with Mauritian Trade Minister "
            "Anil Seegoolam collapsed.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        QCOMPARE(talks[0].date, QStringLiteral("2031-05-12"));
        QVERIFY(!talks[0].dateStated);
        QCOMPARE(talks[1].date, QString());
    }

    // "will sit down with", "is due to tour a plant", "is expected to
    // receive both chief executives": each verb that names an event, in
    // all its forms; "expects to receive aid" receives no one.
    void eventVerbsInAllTheirForms()
    {
        const QString text = QStringLiteral(
            "Icelandic Trade Minister Sigrún Einarsdóttir will travel to Tórshavn next week and sit down with "
            "Faroese Trade Minister Jógvan Olsen.\n\n"
            "Olsen is due to tour a salmon plant in Klaksvík on Thursday.\n\n"
            "Prime Minister Bjarni Sveinsson is expected to receive Olsen at the chancellery on Friday. The fund "
            "expects to receive aid.\n");
        const Extraction x = extractArticle(text, QDate(2031, 5, 14));
        const QList<Event> met = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(met.size() == 2, eventsSaid(x).constData());
        QCOMPARE(met[0].date, QStringLiteral("2031-05-19/2031-05-25"));
        QCOMPARE(namesOf(x, met[0].participants), QStringLiteral("Jógvan Olsen, Sigrún Einarsdóttir"));
        QCOMPARE(met[1].date, QStringLiteral("2031-05-16"));
        QVERIFY2(namesOf(x, met[1].participants).contains(QStringLiteral("Bjarni Sveinsson")), eventsSaid(x).constData());
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2031-05-15"));
        QVERIFY(visits.first().planned);
    }

    // In a Thursday's article, "is due to tour a plant on Thursday" is that
    // day (a paper names today by its weekday); "next Thursday" is a week on.
    void aWeekdayToComeMayBeTheArticlesOwnDay()
    {
        const QDate thursday(2031, 5, 15);
        QCOMPARE(findDate(QStringLiteral("is due to tour a plant on Thursday afternoon"), 0, 44, thursday, true).iso,
                 QStringLiteral("2031-05-15"));
        QCOMPARE(findDate(QStringLiteral("will meet him next Thursday"), 0, 27, thursday, true).iso,
                 QStringLiteral("2031-05-22"));
        QCOMPARE(findDate(QStringLiteral("will meet him on Friday"), 0, 23, thursday, true).iso,
                 QStringLiteral("2031-05-16"));
    }

    // "“…,” said the guild's treasurer, Oskar Lindgren.": after the
    // speech verb, a description of the speaker in lower case, a comma,
    // then the speaker's name.
    void speakerNamedAfterADescriptionPastTheVerb()
    {
        const QString text = QStringLiteral(
            "Ferry crews in Tallinn stayed ashore on Monday.\n\n"
            "\u201cWe have waited three winters for this contract and we will not wait a fourth,\u201d said the "
            "guild's treasurer, Oskar Lindgren, at a meeting in the harbour hall.\n\n"
            "\"Nobody on the boats believes the owners any more,\" said a deckhand's union steward, Maret Kask.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("three winters")), QStringLiteral("Oskar Lindgren"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Nobody on the boats")), QStringLiteral("Maret Kask"));
        QVERIFY(spansHold(x, text));
    }

    // "…ends here.” He noted that …": a quotation whose sentence ends
    // inside its marks is not attributed by the sentence after it.
    void aFullStopInsideTheMarksEndsTheAttribution()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Reporter Ilse Brandt met the mayor, Pavel Dusek, on Monday.\n\n"
            "In the Graz weekly Der Bote, columnist Tobias Wendl wrote that the city had \"every reason to be "
            "proud of a budget that nobody in the council has read.\" He noted that Dusek had skipped the vote.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("every reason to be proud")), QStringLiteral("Tobias Wendl"));
    }

    // "X said on Thursday, adding that …“…”", "X said he had called Y and
    // had told him “…”": a participle after a clause with its own speech
    // verb, and a verb joined by "and" past an auxiliary, are said by that
    // clause's subject, not by a name inside it.
    void participlesAndJoinedVerbsKeepTheirSubject()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Rovan Town sold the striker to Kestrel Athletic in May. Rovan are owed a share of the fee, their "
            "chairman, Emil Varga, said on Thursday, adding that the money would go \"to the youth pitches\".\n\n"
            "National coach Dario Petkov said he had phoned Luka Horvat on Monday and had told him to pick \"the "
            "club where he plays, not the club where he sits\".\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("youth pitches")), QStringLiteral("Emil Varga"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("the club where he plays")), QStringLiteral("Dario Petkov"));
    }

    // "“…” — Marta Quell, to the committee": a quotation followed by a
    // dash and a person's name is that person's words.
    void aNameAfterADashSignsTheQuotation()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "**Quote of the day**\n\n"
            "\u201cA bridge is the only public work that is praised for standing still.\u201d \u2014 Marta Quell, "
            "to the regional transport committee last week.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("only public work")), QStringLiteral("Marta Quell"));
        QVERIFY(spansHold(x, text));
    }

    // "“…,” the Latvian president said as she left, “and …”": a
    // country's adjective after "the" qualifies the title that follows;
    // the phrase names the person, not the country.
    void aCountrysAdjectiveBeforeATitleNamesThePerson()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Latvian President Ilona Berzina arrived late on Thursday.\n\n"
            "According to the officials, the general told Berzina that \"we will hold the line whatever the "
            "weather,\" and the Latvian president replied: \"Then hold it, and I will send the coats.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("send the coats")), QStringLiteral("Ilona Berzina"));
    }

    // Someone who asked not to be named, in the paragraph before, does
    // not take the words of a paragraph whose speaker is named in it.
    void anUnnamedSourceBeforeTheParagraphLeavesItsSpeaker()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "One of the officials, who asked not to be named because the talks are private, said the offer had "
            "risen twice.\n\n"
            "\"We have a serious offer on the table,\" Hana Ruzicka told reporters at the gate on Friday. "
            "\"But nobody signs anything here before the board meets.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("nobody signs anything")), QStringLiteral("Hana Ruzicka"));
    }

    // "the Ministry of Water Affairs … the ministry said": a definite noun
    // that is the first or last word of an organisation just named stands
    // for that organisation.
    void theHeadWordOfAnOrganisationStandsForIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Norland's Ministry of Water Affairs rejected the report on Monday. In a statement carried by the "
            "Norland Press Agency, the ministry said the claims were \"invented from start to finish and meant "
            "to cause panic in the valley.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("invented from start")), QStringLiteral("Ministry of Water Affairs"));
    }

    // "Mr Tolland", "Ms Brisk": an honorific tells the person's gender,
    // before any "his" or "her" near the name does ("hosted a dinner in
    // her honour" is the guest's).
    void anHonorificTellsWhomAPronounStandsFor()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "President Ana Ruvalcaba arrived in Hobart on Monday. That evening Prime Minister Owen Tolland "
            "hosted a dinner in her honour at the harbour.\n\n"
            "On Tuesday she toured a smelter. Shift supervisor Nora Brisk showed her the furnace. \"They asked "
            "good questions,\" Ms Brisk said afterwards.\n\n"
            "The Courier asked Mr Tolland whether the new jobs would stay in the state. He said the government "
            "would \"look hard\" at it. \"I will not promise you a factory today,\" he added.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("promise you a factory")), QStringLiteral("Owen Tolland"));
    }

    // "According to the official Varnia Press Agency, the two leaders
    // “…”": past "the" and a modifier or two in lower case, the name cited.
    void accordingToTheOfficialAgency()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The presidents of Varnia and Ostland met on Saturday. According to the official Varnia Press "
            "Agency, the two leaders \"reviewed the state of the border\" and agreed on \"the need to keep the "
            "river crossings open to traders from both sides.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("reviewed the state")), QStringLiteral("Varnia Press Agency"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("river crossings")), QStringLiteral("Varnia Press Agency"));
    }

    // A headline quoting words the body quotes again makes no statement of
    // its own: the body's, with its speaker, is the one.
    void aHeadlineRepeatingABodyQuotationIsNotAnotherStatement()
    {
        const QString text = QStringLiteral(
            "# \u2018We will build it here and we will build it this year\u2019: minister backs Tasman plant\n\n"
            "Industry Minister Carl Brandt visited the Tasman site on Friday. \u2018We will build it here, and we "
            "will build it this year,\u2019 Brandt told the workers. His rival said the plan was \u2018not dead\u2019 "
            "yet.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        int statements = 0;
        for (const Statement &s : x.statements)
            statements += s.direct && text.mid(s.text.start, s.text.end - s.text.start).contains(QStringLiteral("build it here"));
        QCOMPARE(statements, 1);
        QCOMPARE(speakerOf(x, text, QStringLiteral("build it here")), QStringLiteral("Carl Brandt"));
    }

    // "X, who had lunch with them, according to two people who were there,
    // told them …“…”": a relative clause without a comma before it lies
    // inside an aside; the subject is the one the first clause qualifies.
    void aRelativeClauseInsideAnAsideIsNotTheSubjects()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ambassador Lena Moravec, who dined with several senators on Monday, according to two aides who "
            "were present, told them Prague was \"a patient friend that keeps its promises,\" one of the "
            "senators said later.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("patient friend")), QStringLiteral("Lena Moravec"));
    }

    // "when the colonel told Ruiz that “…,” the mayor replied: “…”": the
    // words reported with "that" are the subject's of the verb before them,
    // not the replier's named after them.
    void wordsReportedWithThatBelongToTheVerbBefore()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Mayor Tomas Ruiz met Colonel Ivo Marsh on Friday. According to one account, when Marsh told "
            "Ruiz that \"we will not move a single truck while the bridge is closed,\" the mayor replied: "
            "\"Then tell me which bridge, and I will open it.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("single truck")), QStringLiteral("Ivo Marsh"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("which bridge")), QStringLiteral("Tomas Ruiz"));
    }

    // "Lena Ostrova, after meeting with Pavel Drin, stated that “…”": a
    // verb right after an aside set off by commas, one that opens with a
    // preposition or a participle, is said by the one named before the
    // aside, not by a name inside it.
    void aVerbAfterAnAsideIsTheSubjectsBeforeIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Harbour Commissioner Lena Ostrova, after meeting with Mayor Pavel Drin, stated that \"the cranes will "
            "stay where they are.\" Drin left without comment.\n\n"
            "Union leader Marta Vesk, speaking to reporters outside the yard with Ostrova, said that \"nobody asked "
            "the crane drivers.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("the cranes will stay")), QStringLiteral("Lena Ostrova"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("nobody asked")), QStringLiteral("Marta Vesk"));
    }

    // "An Emirati statement said only that …": a country's adjective before
    // the statement names who issued it, not an organisation named before.
    void aStatementQualifiedByACountrysAdjective()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Monday, Trade Minister Piet Allard held a video call with Norway's fisheries minister, Sigrun "
            "Lie. The Ministry of Trade and Industry said in a readout that the two ministers \"agreed to meet "
            "again in the spring.\" A Norwegian statement said only that the call had taken place \"in a "
            "spirit of partnership.\"\n\n"
            "The Ministry of Trade and Industry published a second readout on Tuesday. \"The two sides will "
            "set up a working group on quotas before the summer,\" the Norwegian readout said.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("spirit of partnership")), QStringLiteral("Norway"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("working group on quotas")), QStringLiteral("Norway"));
    }

    // "A met B." then, in a paragraph of its own, "B said …. “…,” he
    // told …": the pronoun goes on about B, the subject of its own
    // paragraph, not about whoever met B before.
    void aPronounAfterItsParagraphsSubject()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The winger's agent, Pavel Brandt, met Norrvik chief executive Lasse Ekholm in Bergen last week. "
            "Brandt later said his client would wait for a better one.\n\n"
            "Ekholm said the club was still in the race. \"Our offer is not finished,\" he told a local radio "
            "station on Wednesday.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("not finished")), QStringLiteral("Lasse Ekholm"));
    }

    // "… was with Zoltan Brandl. The Hungarian prime minister, who …,
    // refused …. On his way out he told …": a sentence opened by "The" and
    // a title, naming nobody, is about the one named last before it.
    void aTitleOpeningASentenceIsThePersonJustNamed()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Chancellor Ida Renner hosted the dinner. Trade Minister Paolo Bruni said he had come to listen.\n\n"
            "The hardest talk, as expected, was with Milos Varga. The Slovak prime minister, who arrived late "
            "and left early, refused for most of the evening to accept the wording. On his way out he told "
            "reporters that the tariffs were \"a ladder that nobody in the room wants to climb\".\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("a ladder that nobody")), QStringLiteral("Milos Varga"));
    }

    // "“…,” the Nordic Fisheries Council said.": "the", an organisation's
    // name, then the speech verb: the organisation speaks.
    void anOrganisationAfterTheSpeaksAfterTheQuotation()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday.\n\n"
            "\u201cWe expect the quotas to be settled before the summer season opens,\u201d the Nordic Fisheries "
            "Council said.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("before the summer")), QStringLiteral("Nordic Fisheries Council"));
    }

    // "“…,” according to Hana Rusek.": the name cited is someone's, not a
    // place's, and the words are hers.
    void aNameCitedAfterAccordingToIsSomeone()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday.\n\n"
            "\"We will not give up our boats for anyone at all,\" according to Hana Rusek.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("give up our boats")), QStringLiteral("Hana Rusek"));
        QCOMPARE(peopleOf(x), QStringLiteral("Hana Rusek"));
        // Opening the sentence too.
        const QString opening = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday.\n\n"
            "According to Ivo Marsk, the crews \"will not give up their boats for anyone at all\".\n");
        QCOMPARE(speakerIn(opening, QDate(2026, 2, 9), QStringLiteral("give up their boats")), QStringLiteral("Ivo Marsk"));
    }

    // "Hana Rusek said:" ending a paragraph, then the quotation opening the
    // next: the words of the one who said so.
    void aQuotationAfterAParagraphEndingInAColon()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday. Their union leader, Hana Rusek, said:\n\n"
            "\"We will not give up our boats for anyone, and the ministry knows it.\"\n\n"
            "Fisheries Minister Ivo Marsh put it this way:\n\n"
            "\"The quotas will be settled before the summer season opens, whatever the crews decide.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("give up our boats")), QStringLiteral("Hana Rusek"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("quotas will be settled")), QStringLiteral("Ivo Marsh"));
        QVERIFY(spansHold(x, text));
    }

    // "The Nordic Fisheries Council met …. “…,” it said.": "it" saying
    // the words is the organisation the sentences before are about.
    void itSaidIsTheOrganisationJustSpokenOf()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The Nordic Fisheries Council met in Tromso on Monday. \"We expect the quotas to be settled before "
            "the summer season opens,\" it said in a statement.\n\n"
            "The Baltic Ports Authority issued its own figures. It said the harbours had lost \"a fifth of "
            "their traffic in a single winter\".\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("before the summer")), QStringLiteral("Nordic Fisheries Council"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("a fifth of")), QStringLiteral("Baltic Ports Authority"));
    }

    // "“…,” said union chair Hana Rusek.": after the verb, a title in
    // lower case with its qualifier, then the speaker's name.
    void aLowerCaseTitlePastTheVerbBeforeTheSpeaker()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday.\n\n"
            "\"We will not give up our boats for anyone at all,\" said union chair Hana Rusek.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("give up our boats")), QStringLiteral("Hana Rusek"));
    }

    // "Fisheries Minister Ivo Marsh was blunt. “…”": a quotation that is a
    // sentence of its own, with no attribution, after a sentence of its
    // paragraph opened by a person, is that person's.
    void aQuotationAfterASentenceAboutItsSpeaker()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trawler crews in Tromso stayed in port on Monday.\n\n"
            "Fisheries Minister Ivo Marsh was blunt. \"Nobody will give up a boat for this.\"\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        QCOMPARE(speakerOf(x, text, QStringLiteral("give up a boat")), QStringLiteral("Ivo Marsh"));
    }

    // "a joint boundary commission will meet in Arica next month", "a joint
    // working group that would hold its first meeting in June": a
    // joint body meeting is a meeting of the last two countries named
    // before it; a joint body merely named ("the joint commission that
    // oversees quotas") holds none.
    void aJointBodyMeetingIsItsTwoCountries()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Chile and Peru agreed on Monday to reopen the crossings at Tacna and Arica, and a joint boundary "
            "commission will meet in Lima next month to settle the line.\n\n"
            "Bolivia and Paraguay agreed to set up a joint working group on lithium that would hold its first "
            "meeting in Asuncion in June. Officials said the joint commission that oversees river quotas "
            "was not affected.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 9));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-03"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Chile, Peru"));
        QVERIFY(meetings.first().planned);
        QCOMPARE(meetings.last().date, QStringLiteral("2026-06"));
        QCOMPARE(namesOf(x, meetings.last().participants), QStringLiteral("Bolivia, Paraguay"));
    }

    // "told a Riga court on Tuesday", "told a parliamentary committee last
    // week", "invited to appear before the committee next Tuesday": someone
    // telling, testifying to or appearing before a court or a committee, on
    // a day named, is a hearing; so is telling lawmakers, an appearance
    // before a parliament (CONVENTIONS.md [other]); telling a court on no
    // day named is none, and no more is one only a country is named for
    // ("a clerk to Latvia's finance minister").
    void tellingACourtOrACommitteeIsAHearing()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Former aide Lina Moss told a Riga court on Tuesday that she had seen the payments. A clerk to "
            "Latvia's finance minister told the court on Wednesday that the files were lost. In 2019, she "
            "told the court, the minister met the buyers.\n\n"
            "Port director Anton Vell told a parliamentary committee in Tallinn last week that the cranes were "
            "safe. Harbour chief Ivo Kask has been invited to appear before the committee next Tuesday.\n\n"
            "Finance Minister Edgar Salu told lawmakers on Monday that the budget was sound.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 12));
        QList<Event> hearings;
        for (const Event &e : x.events) {
            if (e.label.contains(QLatin1String("hearing"), Qt::CaseInsensitive))
                hearings.append(e);
        }
        QVERIFY2(hearings.size() == 4, eventsSaid(x).constData());
        QCOMPARE(hearings[0].type, QStringLiteral("other"));
        QCOMPARE(hearings[0].date, QStringLiteral("2026-02-10"));
        QVERIFY(namesOf(x, hearings[0].participants).contains(QLatin1String("Lina Moss")));
        QCOMPARE(hearings[1].date, QStringLiteral("2026-02-02/2026-02-08"));
        QVERIFY(namesOf(x, hearings[1].participants).contains(QLatin1String("Anton Vell")));
        QCOMPARE(hearings[2].date, QStringLiteral("2026-02-17"));
        QVERIFY(hearings[2].planned);
        QVERIFY(namesOf(x, hearings[2].participants).contains(QLatin1String("Ivo Kask")));
        QCOMPARE(hearings[3].date, QStringLiteral("2026-02-09"));
        QCOMPARE(namesOf(x, hearings[3].participants), QStringLiteral("Edgar Salu"));
    }

    // CONVENTIONS.md [interview]: someone answering a named outlet ("told
    // the Kestia Herald on Tuesday", the dateline's own outlet, "told
    // Lorvian state television") gives it an interview; "told reporters"
    // is none.
    void toldANewsOutletIsAnInterview()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "MARVIK, March 13 (Harbour Wire) - Kestia and Lorvia traded blame over the ferry line on Friday.\n\n"
            "\u201cWe will not pay twice,\u201d Transport Minister Oda Brenn told the Kestia Herald on Tuesday.\n\n"
            "Port Minister Tarek Sallow later told Harbour Wire that the line would reopen.\n\n"
            "A ministry spokesman, Ivo Lind, told Lorvian state television that talks were possible.\n\n"
            "Fisheries Minister Ana Rask told reporters that the quota would stand.\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 13));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 3, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews[0].participants), QStringLiteral("Kestia Herald, Oda Brenn"));
        QCOMPARE(interviews[0].date, QStringLiteral("2026-03-10"));
        QCOMPARE(namesOf(x, interviews[1].participants), QStringLiteral("Harbour Wire, Tarek Sallow"));
        QCOMPARE(interviews[1].date, QString());
        QCOMPARE(namesOf(x, interviews[2].participants), QStringLiteral("Ivo Lind"));
        // "the Oslo sports channel Radio Fjord": a city among the words describing it.
        const QString city = QStringLiteral(
            "Headline\n\n"
            "\u201cOur offer stands,\u201d club president Ivo Lind told the Oslo sports channel Radio Fjord on Friday.\n");
        const Extraction y = extractArticle(city, QDate(2026, 3, 13));
        const QList<Event> told = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(told.size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, told.first().participants), QStringLiteral("Ivo Lind, Radio Fjord"));
    }

    // CONVENTIONS.md [participants]: a country is not listed beside its own
    // named people; a side named only by its country is.
    void noCountryBesideItsOwnPeople()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Peru and Ecuador held talks on the river border in Quito on Monday. Peruvian Foreign Minister Rosa "
            "Quispe led her country's delegation, and Ecuadorian Foreign Minister Hugo Andrade led his.\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 13));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Hugo Andrade, Rosa Quispe"));
        const QString side = QStringLiteral(
            "Headline\n\n"
            "Peruvian Foreign Minister Rosa Quispe held talks with negotiators from Ecuador in Lima on Monday.\n");
        const Extraction y = extractArticle(side, QDate(2026, 3, 13));
        QVERIFY2(eventsOf(y, QStringLiteral("talks")).size() == 1, eventsSaid(y).constData());
        QCOMPARE(namesOf(y, eventsOf(y, QStringLiteral("talks")).first().participants), QStringLiteral("Ecuador, Rosa Quispe"));
    }

    // CONVENTIONS.md [type]: "X and Y will meet again": a follow-up session
    // keeps the type of the talks it continues.
    void aFollowUpSessionKeepsItsType()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Fisheries Minister Tove Lindqvist held talks with Faroese Fisheries Minister Jogvan Dam in Torshavn "
            "on Monday.\n\n"
            "Lindqvist and Dam will meet again in Bergen next month to settle the mackerel quota.\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 13));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        QCOMPARE(talks.last().date, QStringLiteral("2026-04"));
        QVERIFY(talks.last().planned);
        QCOMPARE(namesOf(x, talks.last().participants), QStringLiteral("Jogvan Dam, Tove Lindqvist"));
    }

    // CONVENTIONS.md [type]: ministers of three countries or more who meet
    // hold a ministerial, their leaders a summit; two ministers, or three
    // of one government, a meeting.
    void meetingsOfThreeCountriesByLevel()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ghanaian Energy Minister Kofi Asare, Togolese Energy Minister Ama Dzidzor and Beninese Energy Minister "
            "Paul Houngbo met in Lome on Monday to settle the grid tariff.\n\n"
            "Ghanaian President Yaw Boateng, Togolese President Komla Agbeko and Beninese President Romuald "
            "Tossou met in Cotonou on Tuesday.\n\n"
            "Asare met Dzidzor again in Accra on Wednesday.\n");
        const Extraction x = extractArticle(text, QDate(2026, 3, 13));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2026-03-09"));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2026-03-10"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-03-11"));
        // One government's ministers: a meeting.
        const QString one = QStringLiteral(
            "Headline\n\n"
            "Ghanaian Energy Minister Kofi Asare, Ghanaian Finance Minister Ama Dzidzor and Ghanaian Trade Minister "
            "Paul Houngbo met in Accra on Monday.\n");
        const Extraction y = extractArticle(one, QDate(2026, 3, 13));
        QVERIFY2(eventsOf(y, QStringLiteral("meeting")).size() == 1, eventsSaid(y).constData());
    }

    // CONVENTIONS.md [trip]: "will travel to Tartu next week to meet X",
    // "will visit Narva next month to meet X", "flew to Riga for talks with
    // X": a trip made to meet a named counterpart is that meeting or those
    // talks, at the destination, with no visit beside it; a state or N-day
    // visit is listed with the meeting; travelling "to the region to meet
    // demands" is neither.
    void aTripToMeetSomeoneIsTheMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Trade Minister Liis Tamm will travel to Tartu next week to meet Latvian Trade Minister Janis Ozols.\n\n"
            "Ghanaian Finance Minister Kojo Mensah will visit Narva next month to meet President Otieno Mwangi.\n\n"
            "Farm Minister Aivar Kask flew to Riga on Monday for talks with Fisheries Minister Edgars Lapa.\n\n"
            "Farm Minister Aivar Kask flew to the region on Tuesday to meet demands for compensation.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 12));
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-02-16/2026-02-22"));
        QVERIFY(meetings.first().planned);
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Janis Ozols, Liis Tamm"));
        QVERIFY(meetings.first().place >= 0 && x.entities[meetings.first().place].label == QStringLiteral("Tartu"));
        QCOMPARE(meetings.last().date, QStringLiteral("2026-03"));
        QCOMPARE(namesOf(x, meetings.last().participants), QStringLiteral("Kojo Mensah, Otieno Mwangi"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2026-02-09"));
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Aivar Kask, Edgars Lapa"));
        // Presented as a visit: the visit, and the meeting held on it.
        const QString state = QStringLiteral(
            "Headline\n\n"
            "President Otieno Mwangi will make a three-day state visit to Narva next month to meet President Liis "
            "Tamm.\n");
        const Extraction y = extractArticle(state, QDate(2026, 2, 12));
        QVERIFY2(eventsOf(y, QStringLiteral("visit")).size() == 1, eventsSaid(y).constData());
    }

    // "“The minister spoke by telephone with X on Tuesday,” the ministry said
    // in a readout": a readout's words about others tell events as the
    // narration does, of those they name, not of who issued them; words in
    // the speaker's own person ("we will meet") stay what someone said.
    void aReadoutTellsEventsAsTheNarrationDoes()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "\u201cForeign Minister Rasa Vilks spoke by telephone with Estonian Foreign Minister Karin Saar on "
            "Tuesday,\u201d the Latvian Foreign Ministry said in a readout.\n\n"
            "\u201cWe will meet the Lithuanian minister on Friday,\u201d Vilks said in a statement.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 12));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("phone_call"));
        QCOMPARE(x.events.first().date, QStringLiteral("2026-02-10"));
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Karin Saar, Rasa Vilks"));
    }

    // "They met in Oslo on Monday. The two ministers last held direct talks
    // in Bergen, though no one has said when": the time before, undated, is
    // an event of its own, not the one the text tells.
    void theTimeBeforeIsAnEventOfItsOwn()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Norwegian Foreign Minister Ola Berg met Swedish Foreign Minister Eva Lund in Oslo on Monday. The "
            "two ministers last held direct talks in Bergen, though neither government has said when.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 12));
        QVERIFY2(x.events.size() == 2, eventsSaid(x).constData());
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(talks.first().date.isEmpty());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Eva Lund, Ola Berg"));
        QCOMPARE(eventsOf(x, QStringLiteral("meeting")).first().date, QStringLiteral("2026-02-09"));
    }

    // "Foreign ministers of the member states met in Riga on Friday": the
    // members' ministers hold a ministerial of the organisation named last
    // before, as "ministers from all 27 member states" do.
    void ministersOfTheMemberStatesMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The Baltic Sea Fisheries Commission will adopt the quota at its summit next week.\n\n"
            "Foreign ministers of the member states met in Riga on Friday to finish the draft text.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 15));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2026-02-13"));
        QCOMPARE(namesOf(x, ministerials.first().participants), QStringLiteral("Baltic Sea Fisheries Commission"));
    }

    // "the Nordic Council held an open debate", "held a plenary sitting": an
    // organisation of a name of several words holding a debate or a sitting
    // meets, as one holding a session does; "a debate over the quota" is
    // no meeting.
    void aDebateAnOrganisationHoldsIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Tuesday, the Nordic Fisheries Council held an open debate on the quota in Oslo.\n\n"
            "A debate over the quota has split the fleet since the spring.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 26));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("meeting"));
        QCOMPARE(x.events.first().date, QStringLiteral("2026-02-24"));
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Nordic Fisheries Council"));
    }

    // "agreed to convene a joint economic commission in Tartu in April": a
    // joint body convened meets, of the last two countries named before it;
    // "convened reporters" is no meeting.
    void aJointBodyConvened()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Estonia and Latvia agreed to convene a joint economic commission in Tartu in April.\n\n"
            "The Latvian minister convened reporters in Riga on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 12));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("meeting"));
        QCOMPARE(x.events.first().date, QStringLiteral("2026-04"));
        QVERIFY(x.events.first().planned);
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Estonia, Latvia"));
    }

    // "Officials floated a telephone call between X and Y for Monday": an
    // event put forward (floated, mooted, suggested) is one to come; "they
    // suggested that the talks had gone well" puts none forward.
    void anEventFloatedIsToCome()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Latvian officials had floated a telephone call between Prime Minister Arturs Ozols and Lithuanian "
            "President Rasa Vaitkus for Monday, a spokeswoman said.\n\n"
            "Estonian officials suggested that the talks with Finnish Trade Minister Aino Virta on Tuesday had "
            "gone well.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 14));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QVERIFY(calls.first().planned);
        QCOMPARE(calls.first().date, QStringLiteral("2026-02-16"));
        // "suggested that the talks … had gone well": a saying, of talks held.
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(!talks.first().planned);
        QCOMPARE(talks.first().date, QStringLiteral("2026-02-10"));
    }

    // "The summit was preceded on Wednesday by a ministerial meeting chaired
    // by X": the date between the verb of sequence and "by" is the
    // ministerial's, not left to no one.
    void aDateBeforeByIsTheEventsAfterIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Baltic leaders held a summit in Riga on Thursday. The summit was preceded on Wednesday by a "
            "ministerial meeting chaired by Latvian Foreign Minister Anna Berzina.\n");
        const Extraction x = extractArticle(text, QDate(2026, 2, 13));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2026-02-11"));
    }

    // A trigger verb is one in all its forms: "telephoned" and "phones" as
    // much as "phoned" (a call told by its verb).
    void aCallVerbInAnyOfItsForms()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Two days after the vote, Moldovan President Ilie Rusnac telephoned Slovak Prime Minister Juraj "
            "Kollar at his residence to ask for grain.\n\n"
            "* May 3 - Reykjavik: Icelandic Prime Minister Sigrun Haldorsdottir telephones Norwegian Prime "
            "Minister Eirik Lunde about the fishing quota.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 8));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Ilie Rusnac, Juraj Kollar"));
        QVERIFY(!calls.first().planned);
        QCOMPARE(namesOf(x, calls.last().participants), QStringLiteral("Eirik Lunde, Sigrun Haldorsdottir"));
    }

    // An appearance before a parliament is told with or without an article:
    // "told parliament" as much as "told the parliament" (CONVENTIONS.md
    // [other]).
    void anAppearanceBeforeParliamentWithoutAnArticle()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Estonian Prime Minister Kadri Tamm told parliament on Wednesday that the ferry subsidy would end.\n\n"
            "In March, Finance Minister Jaan Poder tells congress he will resign.\n");
        const Extraction x = extractArticle(text, QDate(2027, 2, 26));
        const QList<Event> others = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(others.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, others.first().participants), QStringLiteral("Kadri Tamm"));
        QCOMPARE(others.first().date, QStringLiteral("2027-02-24"));
        QCOMPARE(namesOf(x, others.last().participants), QStringLiteral("Jaan Poder"));
    }

    // The words a wire writer uses for each kind of encounter, not only
    // those already met: "conferred with", "welcomed X", "hosts X" for a
    // meeting; "a video call", "rang" for a call; "a trip to" for a visit;
    // "a work stoppage", "industrial action" for a strike.
    void commonSynonymsOfEachEventWord()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Latvian Foreign Minister Ilze Kalnina conferred with Lithuanian Foreign Minister Tomas Jurevicius in "
            "Vilnius on Monday.\n\n"
            "On Tuesday Estonian Prime Minister Kaarel Sepp welcomed Polish President Marek Zielinski to "
            "Tallinn.\n\n"
            "Sepp held a video call with Finnish Prime Minister Aino Laakso on Wednesday.\n\n"
            "Zielinski rang Erik Lindqvist on Thursday about the cable.\n\n"
            "Kalnina made a trip to Narva on Friday to see the border crossing.\n\n"
            "Dockers of the Baltic Port Workers Union began a work stoppage at Muuga on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 6, 12));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ilze Kalnina, Tomas Jurevicius"));
        QCOMPARE(meetings.first().date, QStringLiteral("2027-06-07"));
        QCOMPARE(namesOf(x, meetings.last().participants), QStringLiteral("Kaarel Sepp, Marek Zielinski"));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Aino Laakso, Kaarel Sepp"));
        QCOMPARE(namesOf(x, calls.last().participants), QStringLiteral("Erik Lindqvist, Marek Zielinski"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Ilze Kalnina"));
        QCOMPARE(visits.first().date, QStringLiteral("2027-06-11"));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2027-06-11"));
    }


    // More of each kind's words: "was interviewed by" an outlet; "held
    // discussions with", "to negotiate with" for talks; "landed in" for a
    // visit; "huddled with", "an audience with", "a courtesy call on" for
    // a meeting.
    void moreSynonymsOfEachEventWord()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Croatian Foreign Minister Ivana Peric was interviewed by Adriatic Radio on Monday.\n\n"
            "On Tuesday Peric held discussions with Slovenian Foreign Minister Marko Zupan in Zagreb.\n\n"
            "Zupan landed in Split on Wednesday to see the port works.\n\n"
            "On Thursday Peric huddled with Montenegrin Prime Minister Luka Vukovic in Dubrovnik.\n\n"
            "Vukovic had an audience with Pope Gregory XVII at the Vatican on Friday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 18));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2027-09-13"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, talks.first().participants), QStringLiteral("Ivana Peric, Marko Zupan"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2027-09-15"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ivana Peric, Luka Vukovic"));
        QCOMPARE(meetings.last().date, QStringLiteral("2027-09-17"));
    }

    // Yet more of each kind's words: "spoke over the phone" for a call;
    // "a dialogue with" for talks; "the leaders' retreat" of a bloc for
    // its summit.
    void callsTalksAndRetreatsInOtherWords()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Tuesday Danish Prime Minister Mette Lund spoke over the phone with Swedish Prime Minister Erik "
            "Lindqvist.\n\n"
            "Icelandic Foreign Minister Gudrun Einarsdottir opened a dialogue with Faroese Prime Minister Jogvan "
            "Joensen in Torshavn on Wednesday.\n\n"
            "The leaders of the Nordic Council met at the leaders' retreat in Bergen on Thursday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 9));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Erik Lindqvist, Mette Lund"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2027-10-06"));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2027-10-07"));
    }

    // "called X on Sunday" is a call whether or not a title stands before
    // the name ("called Swedish Prime Minister X", "rang Finnish President
    // Y"); "called X a liar" still is none.
    void aCallToSomeoneTitledBeforeTheirName()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Danish Prime Minister Mette Lund called Swedish Prime Minister Erik Lindqvist on Sunday about the "
            "bridge.\n\n"
            "Norwegian Prime Minister Ola Nordvik rang Finnish President Aino Laakso on Monday.\n\n"
            "Lindqvist later called Nordvik a friend of the project.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 9));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Erik Lindqvist, Mette Lund"));
        QCOMPARE(calls.first().date, QStringLiteral("2027-10-03"));
        QCOMPARE(namesOf(x, calls.last().participants), QStringLiteral("Aino Laakso, Ola Nordvik"));
    }

    // "X spoke to Adriatic Radio on Monday": speaking to a news outlet is
    // an interview whether or not the sentence quotes what was said; the
    // person named right before the verb gives it.
    void speakingToAnOutletWithoutAQuotation()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Croatian Foreign Minister Ivana Peric spoke to Adriatic Radio on Monday about the bridge.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 18));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Adriatic Radio, Ivana Peric"));
        QCOMPARE(interviews.first().date, QStringLiteral("2027-09-13"));
    }

    // A gathering someone holds, whatever its determiner or number: "held
    // two workshops with", "hosted its annual forum".
    void aGatheringHeldInAnyNumber()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Lithuanian Energy Minister Tomas Jurevicius held two workshops with Latvian Energy Minister Ilze "
            "Kalnina in Vilnius on Monday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 18));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ilze Kalnina, Tomas Jurevicius"));
        QCOMPARE(meetings.first().date, QStringLiteral("2027-09-13"));
    }

    // Inspecting a site is seeing it in person: a visit with no
    // counterpart (CONVENTIONS.md [trip]), as touring it is.
    void inspectingASiteIsAVisit()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Swedish Infrastructure Minister Karin Ek inspected the flood defences at Kalmar on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 18));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Karin Ek"));
        QCOMPARE(visits.first().date, QStringLiteral("2027-09-14"));
    }

    // A word that starts a trigger only before certain words lets every
    // trigger it starts through: "went back to" as well as "went on
    // strike", "a call between" as well as "a call with".
    void triggersPastTheWordAfterTheirFirst()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "A call between Danish Prime Minister Mette Lund and Norwegian Prime Minister Ola Nordvik on Monday "
            "lasted an hour.\n\n"
            "On Tuesday Lund went back to the Oresund bridge works.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 9));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Mette Lund, Ola Nordvik"));
        QCOMPARE(calls.first().date, QStringLiteral("2027-10-04"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Mette Lund"));
        QCOMPARE(visits.first().date, QStringLiteral("2027-10-05"));
    }

    // A strike told by those on it: "striking dock workers", "the
    // strikers"; "a striking result" is none.
    void aStrikeToldByThoseOnIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Striking dock workers of the Baltic Port Workers Union blocked the gates of the Muuga terminal on "
            "Friday.\n\n"
            "The vote was a striking result for Estonian Prime Minister Kaarel Sepp.\n");
        const Extraction x = extractArticle(text, QDate(2027, 6, 12));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2027-06-11"));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
    }

    // "the return trip", "a reciprocal visit": the other side's journey,
    // another event, not the visit told before ("the" refers back to it
    // otherwise).
    void aReturnVisitIsAnotherVisit()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Czech Prime Minister Pavel Dvorak arrived in Bratislava on Monday for a two-day visit.\n\n"
            "Slovak Prime Minister Juraj Kollar is expected to make the return visit to Prague in the autumn.\n");
        const Extraction x = extractArticle(text, QDate(2027, 6, 8));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Pavel Dvorak"));
        QCOMPARE(namesOf(x, visits.last().participants), QStringLiteral("Juraj Kollar"));
        QVERIFY(visits.last().planned);
    }

    // "briefed X" in person is a meeting with X (CONVENTIONS.md [type]);
    // briefing reporters, or being briefed by someone, is not.
    void briefingSomeoneInPersonIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On Monday the envoy, Tomasz Wrona, briefed Czech Prime Minister Pavel Dvorak in Prague on the "
            "ceasefire.\n\n"
            "Wrona later briefed reporters at the airport and was briefed by his staff.\n");
        const Extraction x = extractArticle(text, QDate(2027, 4, 14));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Pavel Dvorak, Tomasz Wrona"));
        QCOMPARE(meetings.first().date, QStringLiteral("2027-04-12"));
        QVERIFY(!meetings.first().planned);
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
    }

    // A date after a semicolon is the next clause's: "Last week X met A;
    // on Tuesday he briefed B" dates the meeting with A by "Last week".
    void aDateAfterASemicolonIsTheNextClauses()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Last week the envoy, Tomasz Wrona, met Czech Prime Minister Pavel Dvorak in Prague for two hours; "
            "on Tuesday he met Slovak President Ivan Bartos in Bratislava.\n");
        const Extraction x = extractArticle(text, QDate(2027, 4, 16));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Pavel Dvorak, Tomasz Wrona"));
        QCOMPARE(meetings.first().date, QStringLiteral("2027-04-05/2027-04-11"));
        QCOMPARE(meetings.last().date, QStringLiteral("2027-04-13"));
    }

    // One definition of a leader's title for every rule: a vice president
    // is no leader, so a vice president and two presidents are no summit of
    // three leaders; "the Ugandan leader" is its acting president.
    void aViceLeaderIsNoLeader()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Ugandan Vice President Grace Akello met Kenyan President Daniel Mutua and Tanzanian President "
            "Amani Mrisho in Arusha on Monday.\n\n"
            "Rwandan Acting President Eric Habimana spoke to Burundian Prime Minister Olivier Niyonzima by "
            "phone on Tuesday. The Rwandan leader said the border would stay open.\n");
        const Extraction x = extractArticle(text, QDate(2027, 6, 9));
        QVERIFY2(eventsOf(x, QStringLiteral("summit")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QVERIFY(detail::isLeaderTitle(QStringLiteral("Acting President")));
        QVERIFY(detail::isLeaderTitle(QStringLiteral("Prime Minister")));
        QVERIFY(!detail::isLeaderTitle(QStringLiteral("Vice President")));
        QVERIFY(!detail::isLeaderTitle(QStringLiteral("Deputy Prime Minister")));
        QVERIFY(!detail::isLeaderTitle(QStringLiteral("Chancellor of the Exchequer")));
    }

    // Receiving a guest on an N-day visit is its first day, as arriving is:
    // the visit runs from the date given.
    void aGuestReceivedOnAVisitOfDaysStartsIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "* May 3 - Riga: Latvian President Anna Berzina welcomes Lithuanian President Rasa Vaitkus on a "
            "three-day visit.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 20));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2027-05-03/2027-05-05"));
    }

    // The host's verb and the guest's visit in one clause ("received X on a
    // two-day visit") are of one day: the date before both dates the visit
    // too, whichever host verb names the reception.
    void aVisitTakesTheDayOfTheReceptionBeforeIt()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On June 8 Slovak Prime Minister Juraj Kollar received Czech Prime Minister Pavel Dvorak on a two-day "
            "visit.\n\n"
            "On June 15 Kollar hosted Austrian Chancellor Lena Gruber for an official visit.\n");
        const Extraction x = extractArticle(text, QDate(2027, 6, 20));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 2, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2027-06-08/2027-06-09"));
        QCOMPARE(visits.last().date, QStringLiteral("2027-06-15"));
    }

    // CONVENTIONS.md [planned]: an event whose own clause says it was
    // cancelled or called off is not listed, however long the words between
    // (an aside, its date and place); nor is the planned one "the meeting"
    // called off refers back to.
    void anEventCalledOffIsNotListed()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "A meeting with Moldova's president, Ilie Rusnac, set for 4 June 2019 in Balti, was cancelled two "
            "hours before it was due to begin.\n\n"
            "Prime Minister Juraj Kollar and President Eirik Lunde had been due to hold talks on Friday about the "
            "pipeline, but the meeting was called off at short notice.\n\n"
            "Kollar met Rusnac in Chisinau on Tuesday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 10));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().date, QStringLiteral("2027-05-04"));
    }

    // An undated meeting in another town than a meeting told before is
    // another meeting, whether or not both towns are capitals (not a
    // venue, which may be in the town).
    void anUndatedMeetingInAnotherTownIsAnother()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "On 3 May 2011 Ambassador Joseph Mensah met Chad's foreign minister, Idriss Mahamat, in N'Djamena to "
            "press for the reopening of the border.\n\n"
            "Mensah also recalls sitting down with a rebel commander in a hotel in Abeche.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 10));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2011-05-03"));
        QCOMPARE(meetings.last().date, QString());
        QCOMPARE(namesOf(x, meetings.last().participants), QStringLiteral("Joseph Mensah"));
    }

    // CONVENTIONS.md [body]: a vote is recorded as the session of the body
    // that votes: "the X Council voted" is a meeting of the council; a
    // person or a crowd voting is none.
    void aBodysVoteIsItsSession()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The Fairview District Council voted 7-4 on Tuesday to close the harbour library.\n\n"
            "Councillor Jan Holt voted against the motion, and residents voted with their feet.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 9));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("meeting"));
        QCOMPARE(x.events.first().date, QStringLiteral("2027-09-07"));
        QCOMPARE(namesOf(x, x.events.first().participants), QStringLiteral("Fairview District Council"));
    }

    // "that year" is the year the text named last, however it named it:
    // "By 2015", "since 2018" as much as "in 2015".
    void thatYearIsTheYearNamedBeforeByAnyWord()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "By 2015 Ines Ortega was ready to retire. Then, in March of that year, Chilean President Tomas Rios "
            "telephoned Ortega at home.\n\n"
            "Ortega has chaired the commission since 2018. That year she met Bolivian President Evo Marca in "
            "Sucre.\n");
        const Extraction x = extractArticle(text, QDate(2027, 9, 9));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2015-03"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2018"));
    }

    // "said the council would hold its first meeting of ministers": the
    // organisation named before by the last word of its name is the subject
    // of the clause the event words are in, not only of the sentence.
    void theBodyAsTheSubjectOfAReportedClause()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Leaders of the Baltic Sea Council met in Tallinn on Saturday.\n\n"
            "The host, Estonian Prime Minister Kadri Tamm, said the council would hold its first meeting of "
            "foreign ministers in Vilnius in March 2028.\n");
        const Extraction x = extractArticle(text, QDate(2027, 11, 15));
        const QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 1, eventsSaid(x).constData());
        QCOMPARE(ministerials.first().date, QStringLiteral("2028-03"));
        QVERIFY2(namesOf(x, ministerials.first().participants).contains(QLatin1String("Baltic Sea Council")),
                 eventsSaid(x).constData());
    }

    // A diary's entries under a heading that says they are to come
    // ("UPCOMING", "The week ahead") are of the future, whatever their verbs.
    void entriesUnderAnUpcomingHeadingAreToCome()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "PAST MEETINGS\n\n"
            "* March 2 - Tallinn: Estonian Prime Minister Kadri Tamm hosts Latvian President Anna Berzina for "
            "talks.\n\n"
            "UPCOMING\n\n"
            "* May 25-26 - Riga: Baltic Council summit of the three leaders.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 14));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2027-05-25/2027-05-26"));
        QVERIFY(summits.first().planned);
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2027-03-02"));
    }

    // CONVENTIONS.md [trip]: a trip made to talk to or meet a named
    // government or organisation is a meeting with it, as one made to meet
    // a named person is.
    void aTripToTalkToAGovernmentIsAMeeting()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Deputy Trade Minister Ilse Varga travelled to Vilnius earlier this month to talk to the government "
            "of Lithuania about a second rail link.\n");
        const Extraction x = extractArticle(text, QDate(2027, 4, 20));
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Ilse Varga, Lithuania"));
        QCOMPARE(meetings.first().date, QStringLiteral("2027-04"));
    }

    // "two days earlier" counts back, as "two days later" counts on, from
    // the day the text named last, an event's or not ("was sent on
    // September 24 … It records a meeting two days earlier").
    void daysEarlierCountBackFromTheDayNamedLast()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The letter was sent to the Latvian foreign ministry on September 24 by the ambassador in Tallinn, "
            "Inese Kalnina. It records a meeting two days earlier between Latvian Economy Minister Janis Ozols and "
            "Estonian Deputy Prime Minister Kadri Tamm in Tallinn.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 16));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2027-09-22"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Janis Ozols, Kadri Tamm"));
    }

    // "the people doing the negotiating": a verb's "-ing" made a noun by
    // "the" names an activity, no happening; it gathers no later meeting.
    void aGerundMadeANounIsNoEvent()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The official line from Riga was that a deal was close. A letter seen by this paper suggests that the "
            "people doing the negotiating never believed it.\n\n"
            "Latvian Economy Minister Janis Ozols met Estonian Deputy Prime Minister Kadri Tamm in Tallinn on "
            "Monday.\n");
        const Extraction x = extractArticle(text, QDate(2027, 10, 16));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("meeting"));
    }

    // "the main meetings, calls and visits of the year": event words in the
    // plural listed together name kinds of event, no happening; they do not
    // make the first entry after them a meeting.
    void aListOfKindsOfEventIsNoEvent()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Following are the main meetings, calls and visits on the dispute this year.\n\n"
            "* March 3 - Tallinn: Estonian Prime Minister Kadri Tamm hosts Latvian President Anna Berzina for "
            "talks on the border.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 14));
        QVERIFY2(x.events.size() == 1, eventsSaid(x).constData());
        QCOMPARE(x.events.first().type, QStringLiteral("talks"));
        QCOMPARE(x.events.first().date, QStringLiteral("2027-03-03"));
    }

    // A strike told with no party of its own ("workers at the plant walked
    // off the job on Monday", "a shorter strike at the same plant in 2021")
    // is of the parties of the strike told before it in the article.
    void aStrikeWithNoPartyIsOfTheStrikeBefore()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Kestrel Motors reported a fall in profit and warned that a strike at its Tartu plant would cut "
            "output, sending its shares down on Thursday.\n\n"
            "About 900 workers at the plant walked off the job on Monday after wage talks broke down.\n\n"
            "A shorter strike at the same plant in 2021 ended after three days.\n");
        const Extraction x = extractArticle(text, QDate(2027, 3, 11));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QStringList dates;
        for (const Event &e : strikes) {
            QVERIFY2(namesOf(x, e.participants).contains(QLatin1String("Kestrel Motors")), eventsSaid(x).constData());
            dates << e.date;
        }
        QVERIFY2(dates.contains(QStringLiteral("2027-03-08")), eventsSaid(x).constData());
        QVERIFY2(dates.contains(QStringLiteral("2021")), eventsSaid(x).constData());
    }

    // "The BFA Council", after "the Baltic Fisheries Authority (BFA)": an
    // organisation named by another's acronym and a word is known also by
    // that one's full name and the word, so the council is found as the
    // authority's.
    void aBodyNamedByAnAcronymIsKnownByItsFullName()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Estonia has asked the Baltic Fisheries Authority (BFA) to set new quotas.\n\n"
            "The BFA Council holds its spring session in Riga on May 3-5.\n");
        const Extraction x = extractArticle(text, QDate(2027, 4, 20));
        const auto council = std::find_if(x.entities.cbegin(), x.entities.cend(),
                                          [](const Entity &e) { return e.label == QLatin1String("BFA Council"); });
        QVERIFY(council != x.entities.cend());
        QVERIFY2(council->aliases.contains(QStringLiteral("Baltic Fisheries Authority Council")),
                 qPrintable(council->aliases.join(QStringLiteral(", "))));
        QVERIFY(scoring::entityIs(*council, QStringLiteral("Baltic Fisheries Authority")));
    }

    // A heading that is a day ("**Astana, 12 July**", "## Tuesday, May 4")
    // dates the events under it that the text does not date itself, until
    // the next heading; what is to come under it is not dated by it.
    void eventsUnderADatedHeadingTakeItsDay()
    {
        const QString text = QStringLiteral(
            "Foreign minister ends visit to Georgia\n\n"
            "**Tbilisi, 3 May**\n\n"
            "Armenian Foreign Minister Aram Sargsyan held talks with his Georgian counterpart Nino Beridze at the "
            "foreign ministry. He also met Prime Minister Levan Kapanadze.\n\n"
            "**Batumi, 4 May**\n\n"
            "Sargsyan toured the port and met the regional governor, Giorgi Tsintsadze.\n\n"
            "**Next steps**\n\n"
            "Sargsyan and Beridze agreed to meet again in Yerevan.\n");
        const Extraction x = extractArticle(text, QDate(2027, 5, 6));
        QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        talks.removeIf([](const Event &e) { return e.planned; });
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2027-05-03"));
        QVERIFY(!talks.first().dateStated);
        QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() >= 2, eventsSaid(x).constData());
        const auto dateOfMeetingWith = [&](const QString &name) {
            for (const Event &e : std::as_const(meetings)) {
                if (namesOf(x, e.participants).contains(name))
                    return e.date;
            }
            return QStringLiteral("(none)");
        };
        QCOMPARE(dateOfMeetingWith(QStringLiteral("Levan Kapanadze")), QStringLiteral("2027-05-03"));
        QCOMPARE(dateOfMeetingWith(QStringLiteral("Giorgi Tsintsadze")), QStringLiteral("2027-05-04"));
        for (const Event &e : std::as_const(meetings)) {
            if (e.planned)
                QVERIFY2(e.date.isEmpty(), eventsSaid(x).constData());
        }
    }

    // A live page: paragraphs opened by a clock time ("**08:10** —") are
    // entries of the article's day; what they tell without a day of its
    // own happened that day.
    void entriesOfALivePageAreOfItsDay()
    {
        const QString text = QStringLiteral(
            "Live: Baltic cable damaged\n\n"
            "**08:10** — Norwegian Prime Minister Ingrid Solberg-Dahl has spoken by phone with Swedish Prime "
            "Minister Magnus Ek, her office says.\n\n"
            "**09:45** — Finnish Defence Minister Jari Koskinen met the commander of the coast guard, Admiral "
            "Pekka Rautio, in Helsinki.\n\n"
            "**11:30** — The repair ship has left port, the operator says.\n");
        const Extraction x = extractArticle(text, QDate(2027, 2, 10));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2027-02-10"));
        QVERIFY(!calls.first().dateStated);
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2027-02-10"));
        // An article with one clock time is no live page.
        const Extraction one = extractArticle(QStringLiteral("Headline\n\n"
                                                             "**08:10** — Finnish Defence Minister Jari Koskinen met "
                                                             "Admiral Pekka Rautio in Helsinki.\n"),
                                              QDate(2027, 2, 10));
        const QList<Event> alone = eventsOf(one, QStringLiteral("meeting"));
        QVERIFY2(alone.size() == 1, eventsSaid(one).constData());
        QVERIFY(alone.first().date.isEmpty());
    }

    // "this morning", "this afternoon", "this evening", "tonight",
    // "earlier today": the article's day.
    void partsOfTodayAreTheArticlesDay()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Latvian Foreign Minister Janis Ozols held a call this morning with his Estonian counterpart, Kadri "
            "Tamm.\n\n"
            "Lithuanian President Rasa Vaitkute will meet Polish President Piotr Zielinski tonight in Vilnius.\n");
        const Extraction x = extractArticle(text, QDate(2027, 2, 10));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2027-02-10"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2027-02-10"));
        const Extraction later = extractArticle(QStringLiteral("Headline\n\n"
                                                               "Janis Ozols met Kadri Tamm earlier today in Riga.\n"),
                                                QDate(2027, 2, 10));
        const QList<Event> today = eventsOf(later, QStringLiteral("meeting"));
        QVERIFY2(today.size() == 1, eventsSaid(later).constData());
        QCOMPARE(today.first().date, QStringLiteral("2027-02-10"));
    }

    // A day and month without a year, a few weeks after the article's day,
    // with no word of time to come: this year's, to come, not last year's
    // ("The summit on September 8 is the first since 2030", dated August 25).
    void aDayWeeksAheadIsThisYearsToCome()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The summit between Nigerian President Musa Adeyemi and South African President Thabo Nkosi on "
            "September 8 in Pretoria is the first since 2030.\n");
        const Extraction x = extractArticle(text, QDate(2033, 8, 25));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2033-09-08"));
        QVERIFY(summits.first().planned);
        // Months ahead, it is last year's, as before.
        QCOMPARE(findDate(QStringLiteral("on December 20"), 0, 14, QDate(2033, 8, 25), false).iso,
                 QStringLiteral("2032-12-20"));
    }

    // "On the second day of the visit, he met …": the day of the event of
    // that kind told before with its days, so many days in.
    void theNthDayOfAnEventIsOneOfItsDays()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Polish Foreign Minister Tomasz Wierzbicki paid a two-day official visit to Kazakhstan on July 12-13.\n\n"
            "On the second day of the visit, the minister met the mayor of Almaty, Bauyrzhan Omarov.\n");
        const Extraction x = extractArticle(text, QDate(2033, 7, 14));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2033-07-13"));
        QVERIFY(!meetings.first().dateStated);
    }

    // CONVENTIONS.md [interview]: an interview told "told X" is dated by
    // a date a few words on in its clause ("by telephone on Wednesday"),
    // the date its sentence opens with, or the day of the event before
    // ("the following day", "after the meeting"); "by telephone" after
    // the outlet is how it was given, no call of its own.
    void anInterviewIsDatedByItsClause()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Mining executive Graham Whitcombe told the Copperbelt Business Monitor by telephone on "
                           "Wednesday that the offer was final.\n"),
            QDate(2033, 5, 20));
        QVERIFY2(eventsOf(x, QStringLiteral("phone_call")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2033-05-18"));
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Copperbelt Business Monitor, Graham Whitcombe"));

        const Extraction y = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Peruvian Trade Minister Ana Ruiz and Bolivian Foreign Minister Luis Mamani met in Lima on "
                           "Monday. Ruiz told Radio Andina the following day that a deal was close.\n\n"
                           "On Thursday, Mamani told the Altiplano Post that he agreed.\n"),
            QDate(2033, 5, 20));
        const QList<Event> told = eventsOf(y, QStringLiteral("interview"));
        QVERIFY2(told.size() == 2, eventsSaid(y).constData());
        QCOMPARE(told[0].date, QStringLiteral("2033-05-17"));
        QVERIFY(!told[0].dateStated);
        QCOMPARE(told[1].date, QStringLiteral("2033-05-19"));

        // On the air of an outlet: "said on Radio Tricolor's morning show".
        const Extraction z = extractArticle(
            QStringLiteral("Headline\n\n"
                           "League president Fernando Ospina said on Wednesday on Radio Tricolor's morning show that "
                           "the offer was too low.\n"),
            QDate(2033, 9, 9));
        const QList<Event> aired = eventsOf(z, QStringLiteral("interview"));
        QVERIFY2(aired.size() == 1, eventsSaid(z).constData());
        QCOMPARE(namesOf(z, aired.first().participants), QStringLiteral("Fernando Ospina, Radio Tricolor"));
        QCOMPARE(aired.first().date, QStringLiteral("2033-09-07"));

        // An outlet told by what it is ("Icelandic broadcaster RÚV"), or
        // with "The" before its name.
        const Extraction w = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Icelandic Fisheries Minister Ragnhildur Sveinsdottir told Icelandic broadcaster RUV on "
                           "Friday that the quota was too high.\n\n"
                           "Trade Minister Vanessa Lim told The Straits Times last week that talks would go on.\n"),
            QDate(2027, 3, 15));
        const QList<Event> given = eventsOf(w, QStringLiteral("interview"));
        QVERIFY2(given.size() == 2, eventsSaid(w).constData());
        QCOMPARE(given[0].date, QStringLiteral("2027-03-12"));
        QCOMPARE(given[1].date, QStringLiteral("2027-03-08/2027-03-14"));

        // The article's own outlet: "told this newspaper", "told to this daily".
        const Extraction v = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Energy Secretary Sunita Karki told to this daily after the meeting on Monday that the "
                           "line would be ready by June.\n\n"
                           "Fisheries Minister Joseph Tanito told this station on Tuesday that the licences would "
                           "stand.\n"),
            QDate(2026, 2, 20));
        const QList<Event> own = eventsOf(v, QStringLiteral("interview"));
        QVERIFY2(own.size() == 2, eventsSaid(v).constData());
        QCOMPARE(namesOf(v, own[0].participants), QStringLiteral("Sunita Karki"));
        QCOMPARE(own[1].date, QStringLiteral("2026-02-17"));

        // "Speaking to X on Thursday, Robleh said": the person after the clause.
        const Extraction u = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Speaking to Horn Economic Wire on Thursday, union leader Ahmed Farah Robleh said the strike "
                           "would go on.\n"),
            QDate(2027, 3, 19));
        const QList<Event> spoken = eventsOf(u, QStringLiteral("interview"));
        QVERIFY2(spoken.size() == 1, eventsSaid(u).constData());
        QCOMPARE(namesOf(u, spoken.first().participants), QStringLiteral("Ahmed Farah Robleh, Horn Economic Wire"));
        QCOMPARE(spoken.first().date, QStringLiteral("2027-03-18"));

        // The person set off by commas before the verb; a day from "after
        // the hearing".
        const Extraction r = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Vanuatu's chief negotiator, Ambassador Joel Kalsakau, spoke to Pacific Tides Radio on "
                           "Tuesday.\n\n"
                           "Chess official Helena Nangolo appeared before the High Court in Windhoek on Monday. She "
                           "told NBC Radio after the hearing that she would appeal.\n"),
            QDate(2033, 10, 26));
        const QList<Event> aired2 = eventsOf(r, QStringLiteral("interview"));
        QVERIFY2(aired2.size() == 2, eventsSaid(r).constData());
        QCOMPARE(namesOf(r, aired2[0].participants), QStringLiteral("Joel Kalsakau, Pacific Tides Radio"));
        QCOMPARE(aired2[0].date, QStringLiteral("2033-10-25"));
        QCOMPARE(aired2[1].date, QStringLiteral("2033-10-24"));
    }

    // CONVENTIONS.md [other]: appearing before a committee described in a
    // few words ("the economic and finance committee of …", "the Assembly
    // of the Republic's Committee on …") is a hearing, dated as any event.
    void appearingBeforeACommitteeDescribedAtLength()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "On Wednesday morning mining executive Graham Whitcombe appeared before the economic and "
                           "finance committee of the Lualaba Provincial Assembly in Kolwezi.\n"),
            QDate(2033, 5, 19));
        const QList<Event> heard = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(heard.size() == 1, eventsSaid(x).constData());
        QCOMPARE(heard.first().date, QStringLiteral("2033-05-18"));
        // A possessive for the article; to come.
        const Extraction y = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Transit director Dale Kowalchuk is scheduled to appear before council's public works "
                           "committee on Dec. 2.\n"),
            QDate(2027, 11, 19));
        const QList<Event> due = eventsOf(y, QStringLiteral("other"));
        QVERIFY2(due.size() == 1, eventsSaid(y).constData());
        QCOMPARE(due.first().date, QStringLiteral("2027-12-02"));
        QVERIFY(due.first().planned);
    }

    // "the Minister of Agrarian Development and Irrigation, Walter Quispe
    // Huamaní": an aside whose portfolio joins words by "and" gives the
    // title the text refers back to ("the minister noted that …").
    void aPortfolioOfSeveralWordsGivesTheTitle()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "The dialogue table was installed yesterday in Ayacucho, with the presence of the Minister of Agrarian "
            "Development and Irrigation, Walter Quispe Huamaní, and of farmers' leaders.\n\n"
            "In his intervention, the minister noted that the Executive is \"ready to listen without "
            "intermediaries.\"\n");
        const Extraction x = extractArticle(text, QDate(2033, 11, 22));
        QCOMPARE(x.statements.size(), 1);
        const Statement &st = x.statements.first();
        QVERIFY(st.speaker >= 0);
        QCOMPARE(x.entities[st.speaker].label, QStringLiteral("Walter Quispe Huamaní"));
    }

    // „…“: the marks of German, Georgian or Czech text, opened low and
    // closed by U+201C (which elsewhere opens), hold quotations too.
    void lowHighQuotationMarks()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Georgian Economy Minister Levan Kapanadze noted that the fee applies to all carriers. \u201eGeorgia "
            "does not discriminate against any partner. Our roads are not free to build\u201c, the minister stated.\n\n"
            "\u201eSpring has come,\u201c Armenian minister Tigran Hovhannisyan added.\n");
        const Extraction x = extractArticle(text, QDate(2030, 4, 17));
        QStringList said;
        for (const Statement &st : x.statements) {
            if (st.direct)
                said.append(text.mid(st.text.start, st.text.end - st.text.start) + QStringLiteral(" / ") +
                            (st.speaker >= 0 ? x.entities[st.speaker].label : QStringLiteral("-")));
        }
        QCOMPARE(said.size(), 2);
        QVERIFY2(said[0].startsWith(QStringLiteral("Georgia does not discriminate")) && said[0].endsWith(QStringLiteral("/ Levan Kapanadze")),
                 qPrintable(said.join(QStringLiteral(" | "))));
        QVERIFY2(said[1].startsWith(QStringLiteral("Spring has come")) && said[1].endsWith(QStringLiteral("/ Tigran Hovhannisyan")),
                 qPrintable(said.join(QStringLiteral(" | "))));
    }

    // CONVENTIONS.md [type]: the prime ministers of three countries
    // listed are their leaders; their meeting is a summit, not a
    // ministerial.
    void primeMinistersOfCountriesListedHoldASummit()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "The prime ministers of Kazakhstan, Kyrgyzstan and Uzbekistan met in Bishkek in 1998 to sign "
                           "a water agreement.\n"),
            QDate(2032, 5, 23));
        QVERIFY2(eventsOf(x, QStringLiteral("ministerial")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("1998"));
        QCOMPARE(namesOf(x, summits.first().participants), QStringLiteral("Kazakhstan, Kyrgyzstan, Uzbekistan"));
    }

    // "Members of Amalgamated Transit Union Local 1505 walked off the job":
    // the union's local by its number, without the members before it.
    void aUnionLocalByItsNumber()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Members of Amalgamated Transit Union Local 1505 walked off the job early Monday after "
                           "rejecting the final offer.\n"),
            QDate(2027, 11, 19));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, strikes.first().participants), QStringLiteral("Amalgamated Transit Union Local 1505"));
        QCOMPARE(strikes.first().date, QStringLiteral("2027-11-15"));
    }

    // "talks with X, which are expected to resume in Tokyo in September":
    // what the clause set off after the event's words says is to come.
    void toComeInAClauseAfterTheEvent()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Duqm Energy Holding is also in talks with Japan's Hokuriku Gas, which are expected to "
                           "resume in Tokyo in September.\n"),
            QDate(2028, 6, 8));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QVERIFY(talks.first().planned);
        QCOMPARE(talks.first().date, QStringLiteral("2028-09"));
    }

    // "has called its parliamentary group to meet … on Wednesday": asked
    // to, to come; "sat down with TTLive News … on Monday": an interview.
    void askedToMeetAndSatDownWithAnOutlet()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "The People's Progressive Alliance has called its parliamentary group to meet at its "
                           "Chaguanas headquarters on Wednesday.\n\n"
                           "Opposition leader Kwesi Jack sat down with TTLive News at his campaign office in "
                           "Scarborough on Monday night.\n"),
            QDate(2030, 11, 5));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QVERIFY(meetings.first().planned);
        QCOMPARE(meetings.first().date, QStringLiteral("2030-11-06"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2030-11-04"));
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Kwesi Jack, TTLive News"));
    }

    // "since the 14th of last month", "on the 3rd of next month": a day of
    // the month named after it.
    void aDayOfTheMonthNamedAfterIt()
    {
        QCOMPARE(findDate(QStringLiteral("Since the 14th of last month, when"), 0, 34, QDate(2026, 6, 13), false).iso,
                 QStringLiteral("2026-05-14"));
        QCOMPARE(findDate(QStringLiteral("due on the 3rd of next month."), 0, 29, QDate(2026, 6, 13), false).iso,
                 QStringLiteral("2026-07-03"));
        // As before: "on the 14th" alone.
        QCOMPARE(findDate(QStringLiteral("met on the 4th, and"), 0, 19, QDate(2026, 6, 13), false).iso,
                 QStringLiteral("2026-06-04"));
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Since the 14th of last month, when members of the Ethiopian Health Professionals' "
                           "Association walked out of public hospitals, the wards have been quiet.\n"),
            QDate(2026, 6, 13));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2026-05-14"));
    }

    // CONVENTIONS.md [other]: a joint military drill or exercise is an
    // event of its parties; "stopped work for 24 hours" is a strike;
    // appearing before the House is a hearing.
    void exercisesStoppagesAndTheHouse()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "The Latvian Navy and the Polish Navy began their annual joint exercise off Liepaja on "
                           "Monday.\n\n"
                           "Members of the Lithuanian Seafarers' Union stopped work for 24 hours on Wednesday at the "
                           "port of Klaipeda.\n\n"
                           "Informateur Hanneke de Groot appeared before the House of Representatives on Thursday.\n"),
            QDate(2026, 9, 18));
        const QList<Event> other = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(other.size() == 2, eventsSaid(x).constData());
        QCOMPARE(other[0].date, QStringLiteral("2026-09-14"));
        QVERIFY2(namesOf(x, other[0].participants).contains(QStringLiteral("Latvian Navy")), eventsSaid(x).constData());
        QCOMPARE(other[1].date, QStringLiteral("2026-09-17"));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2026-09-16"));
    }

    // "talks that concluded on Wednesday": the event's course, not a
    // saying (though "concluded" can attribute words); "his counterpart,
    // Said bin Nasser, on Sunday": a name, not a verb of saying; "on
    // Wednesday of last week": that week's.
    void datesPastACourseANameAndAWeek()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Indonesian Fisheries Minister Bambang Suryo and Vietnamese Agriculture Minister Nguyen Hang "
                           "held three days of talks in Jakarta that concluded on Wednesday.\n\n"
                           "Bahraini Transport Minister Khalid Bu-Ali spoke by phone with his Omani counterpart, Said "
                           "bin Nasser Al-Hinai, on Sunday.\n\n"
                           "Members of the Vestland Teachers Association walked out against Bergen municipality on "
                           "Wednesday of last week.\n"),
            QDate(2026, 5, 15));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2026-05-11/2026-05-13"));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2026-05-10"));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2026-05-06"));
        QCOMPARE(findDate(QStringLiteral("on Monday of next week"), 0, 22, QDate(2026, 5, 15), false).iso,
                 QStringLiteral("2026-05-18"));
    }

    // "At 11 a.m. the cabinet's emergency committee met": a time of day
    // with no day of its own is of the last day named.
    void aTimeOfDayIsOfTheLastDayNamed()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "It was 7 a.m. on Tuesday when the hospital's systems went dark.\n\n"
                           "At 11 a.m. Health Minister Priya Deshpande met Premier Douglas MacEachern in Halifax.\n\n"
                           "By 4 p.m. she had spoken by phone with federal Public Safety Minister Karen Olafsson.\n"),
            QDate(2026, 2, 19));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-02-17"));
        QVERIFY(!meetings.first().dateStated);
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2026-02-17"));
    }

    // "talks that day" after a day named by no event ("On Thursday, the
    // agencies signed …"): that day; "he told us": an interview given to
    // the writer's outlet.
    void thatDayAfterADayNamedAndToldUs()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Thursday was the day the satellite deal was sealed. On Thursday, in Bengaluru, the two "
                           "agencies signed it after talks that day between ISRO chairman Venkatesh Iyengar and "
                           "SPARRSO chair Nusrat Chowdhury.\n\n"
                           "\"We are not selling,\" club chairman Grant McAllister told us.\n"),
            QDate(2034, 3, 23));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2034-03-23"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Grant McAllister"));
    }

    // "The commission meets in Murmansk in October", "I appear before the
    // committee on the 18th": the present of a session is its timetable,
    // to come; not in a list of what happened ("* July 2 - X meets Y").
    void thePresentOfASessionIsItsTimetable()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "The Joint Norwegian-Russian Fisheries Commission meets in Murmansk in October.\n\n"
                           "Fisheries Minister Ingrid Haugland answered our questions.\n\n"
                           "Haugland: Yes, I appear before the Standing Committee on Business and Industry on the "
                           "18th.\n\n"
                           "* April 2 - Oslo: Trade Minister Per Olsen meets Swedish Trade Minister Eva Lind.\n"),
            QDate(2027, 5, 6));
        QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 2, eventsSaid(x).constData());
        std::sort(meetings.begin(), meetings.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(meetings[0].date, QStringLiteral("2027-04-02"));
        QVERIFY(!meetings[0].planned);
        QCOMPARE(meetings[1].date, QStringLiteral("2027-10"));
        QVERIFY(meetings[1].planned);
        const QList<Event> heard = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(heard.size() == 1, eventsSaid(x).constData());
        QCOMPARE(heard.first().date, QStringLiteral("2027-05-18"));
        QVERIFY(heard.first().planned);
    }

    // A lede names the day ("agreed on Tuesday to …"); the paragraph after
    // it tells the meeting that agreed, without a day of its own: the
    // lede's (inferred), past an editor's note above the lede. "Two days
    // later, X visited Y, where … next year":
    // the year is the aside's; the visit is two days after.
    void aLedesDayIsTheMeetingsItExplains()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Peru and Bolivia agree to reopen Desaguadero crossing\n\n"
                           "This article was first published in Spanish by El Sur, and has been translated.\n\n"
                           "LIMA, May 9 (Test Wire) \u2014 Peru and Bolivia agreed on Tuesday to reopen the border "
                           "crossing at Desaguadero, closed since March.\n\n"
                           "Foreign Minister Rosa Vega met her Bolivian counterpart, Luis Mamani, at the foreign "
                           "ministry in Lima. The crossing will reopen in June.\n\n"
                           "Two days later, Vega visited the crossing at Desaguadero, where a new customs post is to "
                           "open next year.\n"),
            QDate(2025, 5, 9));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-05-06"));
        QVERIFY(!meetings.first().dateStated);
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-05-08"));
        // Not a lede: a day named in a paragraph further down is not the
        // day of a meeting told with none two paragraphs on.
        const Extraction y = extractArticle(
            QStringLiteral("Headline\n\n"
                           "LIMA (Test Wire) \u2014 The border at Desaguadero has been closed since March.\n\n"
                           "Traders protested on Tuesday.\n\n"
                           "Prices have risen by a third.\n\n"
                           "Foreign Minister Rosa Vega met her Bolivian counterpart, Luis Mamani, in Lima.\n"),
            QDate(2025, 5, 9));
        const QList<Event> others = eventsOf(y, QStringLiteral("meeting"));
        QVERIFY2(others.size() == 1, eventsSaid(y).constData());
        QCOMPARE(others.first().date, QString());
        // The headline's talks, above the lede, are no event told before.
        const Extraction z = extractArticle(
            QStringLiteral("Syria and Lebanon agree border survey after talks in Amman\n\n"
                           "AMMAN, Nov 5 (Gulf Dispatch) \u2014 Syria and Lebanon agreed on Wednesday to survey the "
                           "disputed villages.\n\n"
                           "The agreement came at the end of a day of talks in Amman between Syrian Foreign Minister "
                           "Hassan al-Jundi and his Lebanese counterpart, Nadine Abou Khalil.\n"),
            QDate(2026, 11, 5));
        const QList<Event> talks = eventsOf(z, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(z).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2026-11-04"));
    }

    // "El Sur, a regional newspaper": a name the text says is a news
    // outlet is one, not someone's; telling it something by telephone is
    // an interview, not a call; "told this newspaper": that outlet, the
    // only one the text names. Not "Ana Ruiz, a newspaper columnist".
    void anOutletTheTextSaysIsOne()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "This article was first published by Voz de la Costa, a regional newspaper in Chiclayo.\n\n"
                           "The union's president, Marco Quispe, told Voz de la Costa by telephone on Wednesday that "
                           "the stoppage was over.\n\n"
                           "\"We were patient,\" the mayor, Elena Paredes, told this newspaper.\n\n"
                           "Rosa Vega Luna, a newspaper columnist, called it a truce.\n"),
            QDate(2025, 5, 9));
        const Entity *outlet = nullptr;
        for (const Entity &e : x.entities) {
            if (e.label == QLatin1String("Voz de la Costa"))
                outlet = &e;
            if (e.label == QLatin1String("Rosa Vega Luna"))
                QCOMPARE(e.kind, NodeKind::Person);
        }
        QVERIFY(outlet);
        QCOMPARE(outlet->kind, NodeKind::Organization);
        QVERIFY2(eventsOf(x, QStringLiteral("phone_call")).isEmpty(), eventsSaid(x).constData());
        QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 2, eventsSaid(x).constData());
        std::sort(interviews.begin(), interviews.end(), [](const Event &a, const Event &b) { return a.date > b.date; });
        QCOMPARE(interviews[0].date, QStringLiteral("2025-05-07"));
        QCOMPARE(namesOf(x, interviews[0].participants), QStringLiteral("Marco Quispe, Voz de la Costa"));
        QCOMPARE(namesOf(x, interviews[1].participants), QStringLiteral("Elena Paredes, Voz de la Costa"));
    }

    // "… again when the bloc's foreign ministers meet in Suva in August":
    // the present after "when" is to come; "the bloc" is the organisation
    // named last, whose ministers hold a ministerial.
    void whenTheyMeetIsToCome()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Vanuatu has raised the issue at the Pacific Islands Forum (PIF) almost every year, and it "
                           "intends to do so again when the bloc's foreign ministers meet in Suva in August.\n"),
            QDate(2026, 6, 18));
        const QList<Event> found = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(found.size() == 1, eventsSaid(x).constData());
        QCOMPARE(found.first().date, QStringLiteral("2026-08"));
        QVERIFY(found.first().planned);
        QCOMPARE(namesOf(x, found.first().participants), QStringLiteral("Pacific Islands Forum"));
    }

    // "France and Vanuatu sat down on Tuesday to discuss …": talks (not
    // "sat down with", a meeting); "On Monday, X was received by the
    // Council of Chiefs": the passive of receiving is a meeting with
    // whoever received; "was received well" is not.
    void satDownToDiscussAndReceivedBy()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "For the first time in years, France and Vanuatu sat down on Tuesday to discuss two "
                           "islets both claim.\n\n"
                           "On Monday, French Minister Helene Ravoux was received by the Malvatumauri National "
                           "Council of Chiefs in Port-Vila.\n\n"
                           "Her speech was received well by the press.\n"),
            QDate(2026, 6, 18));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2026-06-16"));
        QVERIFY2(namesOf(x, talks.first().participants).contains(QLatin1String("Vanuatu")),
                 qPrintable(namesOf(x, talks.first().participants)));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-06-15"));
        QCOMPARE(namesOf(x, meetings.first().participants),
                 QStringLiteral("Helene Ravoux, Malvatumauri National Council of Chiefs"));
    }

    // A timeline's headings with the year ("**March 2025** —", "November
    // 17-18, 2025 —"): the month and year alone, with nothing before
    // them, are a date; the entry's meeting is of it.
    void aTimelinesMonthAndYear()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Timeline: a water deal\n\n"
                           "BAGHDAD (Review) \u2014 Iraq and Turkey agreed this week on a guaranteed flow.\n\n"
                           "March 2025 \u2014 Water Minister Sabah al-Khafaji met Agriculture Minister Mehmet Karasu "
                           "in Ankara.\n\n"
                           "November 17-18, 2025 \u2014 President Levent Akbulut paid a two-day state visit to "
                           "Baghdad.\n"),
            QDate(2026, 10, 15));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2025-03"));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        QVERIFY2(visits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(visits.first().date, QStringLiteral("2025-11-17/2025-11-18"));
        QCOMPARE(findDate(QStringLiteral("March 2025"), 0, 10, QDate(2026, 10, 15), false).iso, QStringLiteral("2025-03"));
        // A lower-case "may" is a verb, whatever number follows.
        QCOMPARE(findDate(QStringLiteral("they may 2025 be"), 0, 16, QDate(2026, 10, 15), false).iso, QString());
    }

    // "Iraq's minister, A, and Turkey's minister, B, met": ", and" joins a
    // list set off by commas, no clause; "X met Japan's Defense Minister,
    // B, and Australia's Defence Minister, C, in Puerto Princesa on
    // Tuesday, and they agreed …": three ministers of three countries (a
    // Defense Secretary among them) hold a ministerial, and "the three
    // ministers will meet again" continues it.
    void listsSetOffByCommasAndThreeMinisters()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Iraq's Minister of Water Resources, Sabah al-Khafaji, and Turkey's Minister of "
                           "Agriculture, Mehmet Karasu, met in Ankara on Monday.\n\n"
                           "Defense Secretary Ramon Villanueva met Japan's Defense Minister, Kenji Morioka, and "
                           "Australia's Defence Minister, Claire Haddon, here in Puerto Princesa on Tuesday, and they "
                           "agreed to meet yearly.\n\n"
                           "The three ministers will meet again in Tokyo in November. Minister Haddon said little.\n"),
            QDate(2026, 5, 15));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Mehmet Karasu, Sabah al-Khafaji"));
        QList<Event> ministerials = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ministerials.size() == 2, eventsSaid(x).constData());
        std::sort(ministerials.begin(), ministerials.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(ministerials[0].date, QStringLiteral("2026-05-12"));
        QCOMPARE(namesOf(x, ministerials[0].participants), QStringLiteral("Claire Haddon, Kenji Morioka, Ramon Villanueva"));
        QCOMPARE(ministerials[1].date, QStringLiteral("2026-11"));
        QVERIFY(ministerials[1].planned);
    }

    // "X, the Minister of Investment, Industry and Trade, spoke to Silk
    // Road Monitor … on Wednesday": the interviewee set off with what they
    // are; "Rakhmatullaev: … I met Arman Zhaksylykov in Shymkent on the
    // 3rd and 4th of this month": in a transcript's turn "I" is its
    // speaker, and the days run from one to the other.
    void anInterviewsSpeakerAndItsTurns()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "TASHKENT (Silk Road Monitor) \u2014 Dilshod Rakhmatullaev, the Minister of Investment, Industry "
            "and Trade, spoke to Silk Road Monitor at his office in Tashkent on Wednesday about grain.\n\n"
            "Rakhmatullaev: Nothing went wrong with the wheat. I met Arman Zhaksylykov in Shymkent on the 3rd "
            "and 4th of this month and we agreed on one inspection.\n");
        const Extraction x = extractArticle(text, QDate(2026, 5, 15));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2026-05-13"));
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Dilshod Rakhmatullaev, Silk Road Monitor"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Arman Zhaksylykov, Dilshod Rakhmatullaev"));
        QCOMPARE(meetings.first().date, QStringLiteral("2026-05-03/2026-05-04"));
    }

    // "was due to fly back on Thursday to brief President X on the talks":
    // a meeting to come with X; "has promised to meet the federation's
    // leaders in Cedeño on Saturday": to come, whose leaders they are on
    // the way; "hopes to finish its talks" plans no talks; "is due to
    // visit Budapest next month to brief X": the trip's purpose, one event.
    void toBriefAndPromisedToMeet()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Fisheries Minister Ligia Valladares was due to fly back to Tegucigalpa on Thursday to brief "
                           "President Efrain Cardona on the deal.\n\n"
                           "Valladares has also promised to meet the federation's leaders in Cedeno on Saturday.\n\n"
                           "Honduras hopes to finish its talks with Nicaragua this year.\n\n"
                           "Transport Minister Marek Hudec is due to visit Budapest next month to brief Gabor "
                           "Szilagyi on the outcome.\n"),
            QDate(2026, 3, 12));
        QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 3, eventsSaid(x).constData());
        std::sort(meetings.begin(), meetings.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(meetings[0].date, QStringLiteral("2026-03-12"));
        QVERIFY(meetings[0].planned);
        QCOMPARE(namesOf(x, meetings[0].participants), QStringLiteral("Efrain Cardona, Ligia Valladares"));
        QCOMPARE(meetings[1].date, QStringLiteral("2026-03-14"));
        QVERIFY(meetings[1].planned);
        QCOMPARE(meetings[2].date, QStringLiteral("2026-04"));
        QCOMPARE(namesOf(x, meetings[2].participants), QStringLiteral("Gabor Szilagyi, Marek Hudec"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(std::none_of(talks.cbegin(), talks.cend(), [](const Event &e) { return e.planned; }), eventsSaid(x).constData());
    }

    // "visited Queen Elizabeth Central Hospital in Blantyre": a hospital
    // is an organisation (not someone named after the title "Queen"), and
    // visiting it is a visit, no meeting.
    void aHospitalIsAnOrganisation()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Health Minister Neema Rusibamayila visited Queen Elizabeth Central Hospital in Blantyre on "
                           "Tuesday.\n"),
            QDate(2026, 4, 22));
        for (const Entity &e : x.entities) {
            if (e.label.contains(QLatin1String("Hospital")))
                QCOMPARE(e.kind, NodeKind::Organization);
        }
        QVERIFY2(eventsOf(x, QStringLiteral("meeting")).isEmpty(), eventsSaid(x).constData());
        QCOMPARE(eventsOf(x, QStringLiteral("visit")).size(), 1);
    }

    // "About 4,000 Lithuanian and Polish troops began a joint exercise,
    // "Amber Gate 26", … on Monday. The drill, which runs until September
    // 18, …": the countries whose troops they are hold it, from Monday to
    // the day it runs until.
    void troopsOfCountriesAndTheDayItRunsUntil()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "PABRADE \u2014 About 4,000 Lithuanian and Polish troops began a joint exercise, \"Amber Gate "
                           "26\", at the Pabrade training area on Monday. The drill, which runs until September 18, will "
                           "practise the defence of the corridor.\n"),
            QDate(2026, 9, 4));
        const QList<Event> drills = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(drills.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, drills.first().participants), QStringLiteral("Lithuania, Poland"));
        QCOMPARE(drills.first().date, QStringLiteral("2026-08-31/2026-09-18"));
    }

    // "From Tuesday to Thursday, the High Court in Umeå heard the
    // herders' appeal": a court hearing a case is a hearing of those
    // days; someone who "heard the appeal" on the radio holds none.
    void aCourtHeardTheAppeal()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "For three days this week, from Tuesday to Thursday, the Norrland High Court in Umea heard the "
                           "herders' appeal against the permit.\n\n"
                           "Herder Ande Pirak heard the court's ruling on the radio.\n"),
            QDate(2026, 11, 20));
        const QList<Event> heard = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(heard.size() == 1, eventsSaid(x).constData());
        QCOMPARE(heard.first().date, QStringLiteral("2026-11-17/2026-11-19"));
        QVERIFY2(namesOf(x, heard.first().participants).contains(QLatin1String("Norrland High Court")),
                 qPrintable(namesOf(x, heard.first().participants)));
    }

    // "He lost to Helena Nangolo by two votes" … "Nangolo, who was in
    // court, …": a name taken for a place after "to" whose surname then
    // has a "who" is someone's; "Giving evidence before Judge Maria
    // Amukwaya, Shikongo said …. "…," he said": the judge stood before is
    // no subject for the pronoun.
    void aWhoMakesSomeoneAndBeforeTheJudge()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Petrus Shikongo lost to Helena Nangolo by 23 votes to 21.\n\n"
            "Giving evidence before Judge Maria Amukwaya, Shikongo said the delegates had been turned away.\n\n"
            "\"I asked for the ballot papers and was told to go home,\" he said.\n\n"
            "Nangolo, who was in court, did not testify. Speaking to NBC Radio after the hearing, she said the "
            "election had been \"free, fair and, frankly, boring\".\n");
        const Extraction x = extractArticle(text, QDate(2033, 9, 15));
        for (const Entity &e : x.entities) {
            if (e.label == QLatin1String("Helena Nangolo"))
                QCOMPARE(e.kind, NodeKind::Person);
        }
        QCOMPARE(speakerOf(x, text, QStringLiteral("I asked for the ballot papers")), QStringLiteral("Petrus Shikongo"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("free, fair")), QStringLiteral("Helena Nangolo"));
    }

    // "Asked whether she would concede, she laughed: "Concede what?"":
    // laughing the words says them.
    void laughingSaysTheWords()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "NRM leader Marcia Joseph-Lee finished a news conference at Balisier House.\n\n"
            "Asked whether she would concede, she laughed: \"Concede what? Nobody has nineteen plus anything yet.\"\n");
        QCOMPARE(speakerIn(text, QDate(2033, 9, 15), QStringLiteral("Concede what?")), QStringLiteral("Marcia Joseph-Lee"));
    }

    // "she would meet both the union and the company on Monday": a side
    // of a dispute is someone met; "the Labour Court in Kericho heard an
    // application by the growers": a court hearing an application.
    void meetingTheUnionAndHearingAnApplication()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Fisheries Minister Haingo Rasolofonirina said she would meet both the union and the company "
                           "in Antsiranana on Monday.\n\n"
                           "On Tuesday, the Employment and Labour Relations Court in Kericho heard an application by the "
                           "growers.\n"),
            QDate(2026, 5, 22));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2026-05-25"));
        QVERIFY(meetings.first().planned);
        const QList<Event> heard = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(heard.size() == 1, eventsSaid(x).constData());
        QCOMPARE(heard.first().date, QStringLiteral("2026-05-19"));
    }

    // "Foreign ministers of the Andean Community (CAN) meet in Lima on
    // Monday and Tuesday": a plural's present with a day after it is the
    // timetable, to come; "ministers met in Lima on Monday" happened.
    void thePluralsPresentIsItsTimetable()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Foreign ministers of the Andean Community (CAN) meet in Lima on Monday and Tuesday, with "
                           "Peru's Foreign Minister Gabriela Quispe in the chair.\n"),
            QDate(2026, 3, 27));
        const QList<Event> ahead = eventsOf(x, QStringLiteral("ministerial"));
        QVERIFY2(ahead.size() == 1, eventsSaid(x).constData());
        QVERIFY(ahead.first().planned);
        QCOMPARE(ahead.first().date, QStringLiteral("2026-03-30/2026-03-31"));
        const Extraction y = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Foreign ministers of the Andean Community (CAN) met in Lima on Monday and Tuesday.\n"),
            QDate(2026, 3, 27));
        const QList<Event> held = eventsOf(y, QStringLiteral("ministerial"));
        QVERIFY2(held.size() == 1, eventsSaid(y).constData());
        QVERIFY(!held.first().planned);
        QCOMPARE(held.first().date, QStringLiteral("2026-03-23/2026-03-24"));
    }

    // "Parliament's Health Committee has summoned Dr X to appear before it
    // on Thursday": a hearing to come, of the body and the one summoned
    // ("before it" is where, no clause of time); "Y was summoned before
    // the Folketing's culture committee on November 8": held; "the
    // ministry summoned the ambassador to protest": no hearing.
    void summonedBeforeACommittee()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Parliament's Health Committee has summoned the Principal Secretary for Health, Dr Chikondi "
                           "Msiska, to appear before it in Lilongwe on Thursday.\n\n"
                           "Curator Soren Holm-Larsen was summoned before the Folketing's culture committee on "
                           "November 8.\n\n"
                           "Deputy Foreign Minister Reza Hosseini-Kia summoned the French ambassador, Aurelie Fontanel, "
                           "to protest.\n"),
            QDate(2026, 11, 20));
        QList<Event> heard = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(heard.size() == 2, eventsSaid(x).constData());
        std::sort(heard.begin(), heard.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(heard[0].date, QStringLiteral("2026-11-08"));
        QVERIFY(!heard[0].planned);
        QCOMPARE(heard[1].date, QStringLiteral("2026-11-26"));
        QVERIFY(heard[1].planned);
        QVERIFY2(namesOf(x, heard[1].participants).startsWith(QLatin1String("Chikondi Msiska, Health Committee")),
                 qPrintable(namesOf(x, heard[1].participants)));
    }

    // "… said they would return to the table in Nairobi next Tuesday",
    // "The two sides will sit down again on Monday": another round of the
    // talks told, of their parties; "the return fixture" is none.
    void backToTheTable()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Union leader Joseph Langat and growers' chairwoman Wanjiru Mwangi held talks in Nairobi on "
                           "Thursday.\n\n"
                           "The chairwoman said they would return to the table in Nairobi next Tuesday.\n\n"
                           "The return fixture is pencilled in for March.\n"),
            QDate(2026, 10, 2));
        QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        std::sort(talks.begin(), talks.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
        QCOMPARE(talks[1].date, QStringLiteral("2026-10-06"));
        QVERIFY(talks[1].planned);
        QCOMPARE(namesOf(x, talks[1].participants), QStringLiteral("Joseph Langat, Wanjiru Mwangi"));
    }

    // "agreed on Friday …, after three days of talks between their
    // ministers in Niamey that ended with …": the talks, past the length
    // of them and their own clause, ended that Friday; a month in an aside
    // ("closed since a raid in June") dates nothing of theirs, and they
    // are held, not to come ("to reopen" is the agreement's).
    void daysOfTalksEndedOnTheClausesDay()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "NIAMEY, June 5 (Sahel Wire) \u2014 Chad and Niger agreed on Friday to reopen the border "
                           "post at Nguigmi, closed since a raid in June, after three days of talks between their "
                           "interior ministers in Niamey that ended with a joint statement.\n\n"
                           "Interior Minister Ali Mahamat Zene and his Nigerien counterpart, Moussa Hamani, signed "
                           "the statement on the third day of the talks.\n"),
            QDate(2026, 6, 5));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2026-06-03/2026-06-05"));
        QVERIFY(!talks.first().planned);
    }

    // "met none of them": no one met, no meeting.
    void metNoneOfThem()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "About 200 fishermen marched through the town last month. Minister Natalia Ruiz met none "
                           "of them during Thursday's visit, but she met the mayor, Jorge Paz, on Friday.\n"),
            QDate(2026, 6, 8));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Jorge Paz, Natalia Ruiz"));
    }

    // "will make a three-day state visit to Canberra next month and is due
    // to meet X there": the visit (CONVENTIONS.md [trip]) and, in a clause
    // of its own, a meeting within it, of its month and at its place.
    void aStateVisitAndAMeetingWithinIt()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Fiji's President, Tevita Naivalu, will make a three-day state visit to Wellington next "
                           "month and is due to meet New Zealand Prime Minister Helen Ward there.\n"),
            QDate(2026, 6, 8));
        const QList<Event> visits = eventsOf(x, QStringLiteral("visit"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(visits.size() == 1 && meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, visits.first().participants), QStringLiteral("Tevita Naivalu"));
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Helen Ward, Tevita Naivalu"));
        QCOMPARE(meetings.first().date, QStringLiteral("2026-07"));
        QVERIFY(meetings.first().planned);
        QVERIFY(meetings.first().place >= 0);
        QCOMPARE(x.entities[meetings.first().place].label, QStringLiteral("Wellington"));
    }

    // A person's gender is what most pronouns of the sentences naming them
    // say, "he" after a name opening its sentence counted: one "her" that
    // is someone else's ("Pires watched her convoy leave") does not make
    // Pires a woman and lose his "he said".
    void genderByMostPronouns()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Januario Pires, who has fished from Beaco for forty years, is not sure he wants either. \"The sea "
            "gives us fish,\" he said.\n\n"
            "The minister, Natercia Ximenes, visited the village on Thursday.\n\n"
            "Back on the beach, Pires watched her convoy leave. \"Ministers come with stakes,\" he said.\n");
        const Extraction x = extractArticle(text, QDate(2026, 6, 8));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The sea gives us fish")), QStringLiteral("Januario Pires"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Ministers come with stakes")), QStringLiteral("Januario Pires"));
    }

    // "New" opens many a headline ("New talks …") and many a country's
    // name: "New Zealand Prime Minister Helen Ward" is the country, the
    // title and the person, and the meeting with her is found.
    void newZealandIsACountry()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Fiji's President, Tevita Naivalu, will meet New Zealand Prime Minister Helen Ward on "
                           "Friday.\n"),
            QDate(2026, 6, 8));
        const bool newZealand = std::any_of(x.entities.cbegin(), x.entities.cend(), [](const Entity &e) {
            return e.kind == NodeKind::Country && e.label == QLatin1String("New Zealand");
        });
        QVERIFY(newZealand);
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Helen Ward, Tevita Naivalu"));
        QCOMPARE(meetings.first().date, QStringLiteral("2026-06-12"));
    }

    // "travel to Lima, Peru, for a meeting with her Peruvian
    // counterpart": the country after the city is where; the counterpart,
    // unnamed, stands for the country. "the Minister of Foreign Affairs
    // of Chile, Ana Soto": the country ends her title; she takes part.
    void countriesBesideCitiesTitlesAndCounterparts()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "On March 26, the Minister will continue to Lima, Peru, for a meeting with her Peruvian "
                           "counterpart, focused on fisheries.\n\n"
                           "On Wednesday, Minister Tomas Berg spoke by telephone with the Minister of Foreign "
                           "Affairs of Chile, Ana Soto.\n"),
            QDate(2032, 3, 12));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Peru"));
        QCOMPARE(x.entities[meetings.first().place].label, QStringLiteral("Lima"));
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, calls.first().participants), QStringLiteral("Ana Soto, Tomas Berg"));
    }

    // "Members of the Jamaica Tour Taxi Operators' Association … stopped
    // work": a trade's association stopping work strikes (and "Tour"
    // inside its name, behind the country that opens it, is no visit);
    // "on the second day of the stoppage" dates a meeting by the strike;
    // "called my Bahamian counterpart, Cedric Rolle, on Friday" is a call.
    void aStoppageAndWhatItDates()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Members of the Jamaica Tour Taxi Operators' Association, who depend on cruise visitors, stopped work "
            "at the pier in Falmouth for two days last month.\n\n"
            "Q: Are you worried?\n\n"
            "A: I sat down with Marcus Trelawny in Montego Bay on the second day of the stoppage. I called my "
            "Bahamian counterpart, Cedric Rolle, on Friday, and he is interested.\n");
        const Extraction x = extractArticle(text, QDate(2030, 6, 4));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, strikes.first().participants), QStringLiteral("Jamaica Tour Taxi Operators' Association"));
        QCOMPARE(strikes.first().date, QStringLiteral("2030-05"));
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(meetings.first().date, QStringLiteral("2030-05"));
        QVERIFY(!meetings.first().dateStated);
        const QList<Event> calls = eventsOf(x, QStringLiteral("phone_call"));
        QVERIFY2(calls.size() == 1, eventsSaid(x).constData());
        QCOMPARE(calls.first().date, QStringLiteral("2030-05-31"));
        QVERIFY(namesOf(x, calls.first().participants).contains(QLatin1String("Cedric Rolle")));
    }

    // A government's readout: "the Prime Minister" alone is its own (the
    // one named "Prime Minister Holub"), not the other country's ("the
    // Prime Minister of Hungary, Kerekes", whose title that makes of
    // Hungary); "The prime ministers last met in Sturovo" are the two;
    // "those talks" are the talks told before, no new ones.
    void aReadoutsPrimeMinisters()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "BRATISLAVA, 8 March 2029 \u2014 Prime Minister Dusan Holub held a telephone call today with the Prime "
            "Minister of Hungary, Zoltan Kerekes. \"The bridge is ours,\" the Prime Minister said.\n\n"
            "Foreign Minister Katarina Vrabcova held talks in Budapest on 27 February with Bence Szalai. Holub "
            "noted that those talks had opened the way for the agreement signed last month.\n\n"
            "The prime ministers last met in Sturovo in November.\n");
        const Extraction x = extractArticle(text, QDate(2029, 3, 8));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The bridge is ours")), QStringLiteral("Dusan Holub"));
        const auto kerekes = std::find_if(x.entities.cbegin(), x.entities.cend(),
                                          [](const Entity &e) { return e.label == QLatin1String("Zoltan Kerekes"); });
        QVERIFY(kerekes != x.entities.cend() && kerekes->titleOf >= 0);
        QCOMPARE(x.entities[kerekes->titleOf].label, QStringLiteral("Hungary"));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 1, eventsSaid(x).constData());
        QCOMPARE(talks.first().date, QStringLiteral("2029-02-27"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Dusan Holub, Zoltan Kerekes"));
        QCOMPARE(meetings.first().date, QStringLiteral("2028-11"));
    }

    // A live page, newest first: "the two sides would meet again at 09:00
    // on Thursday" continues the talks opened further down, with their
    // people; "Dockworkers … are on strike for a third day" began two days
    // before the page's date, the strike told at its foot; "copper from
    // northern Chile" is a place, no party to it.
    void aLivePagesFollowUpAndThirdDay()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "ANTOFAGASTA, Chile, Nov 17 (Andes Current) \u2014 Dockworkers at the port, the main outlet for copper "
            "from northern Chile, are on strike for a third day.\n\n"
            "**17 November, 19:10** \u2014 The talks have broken up for the night. Labour Minister Consuelo "
            "Ibarra said the two sides would meet again at 09:00 on Thursday.\n\n"
            "**17 November, 12:00** \u2014 Ibarra has opened talks with the Antofagasta Port Workers' Union at "
            "the regional government building.\n\n"
            "**15 November, 08:00** \u2014 About 1,100 members of the Antofagasta Port Workers' Union walked off "
            "the job at 07:00.\n");
        const Extraction x = extractArticle(text, QDate(2027, 11, 17));
        const QList<Event> talks = eventsOf(x, QStringLiteral("talks"));
        QVERIFY2(talks.size() == 2, eventsSaid(x).constData());
        const auto followUp = std::find_if(talks.cbegin(), talks.cend(),
                                           [](const Event &e) { return e.date == QLatin1String("2027-11-18"); });
        QVERIFY2(followUp != talks.cend(), eventsSaid(x).constData());
        QVERIFY(followUp->planned);
        QCOMPARE(namesOf(x, followUp->participants), QStringLiteral("Antofagasta Port Workers' Union, Consuelo Ibarra"));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2027-11-15"));
        QCOMPARE(namesOf(x, strikes.first().participants), QStringLiteral("Antofagasta Port Workers' Union"));
    }

    // "\u201c…\u201d That was how Delacroix summed up his position": the
    // sentence after names the speaker. "at the summit … in Lilongwe in
    // August, where he will take over the chair": to come, next August.
    void thatWasHowAndWhereHeWill()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "President Armando Cossa received Pierre-Yves Delacroix in Maputo last week.\n\n"
            "\u201cWe are not in a hurry, but we are not patient either.\u201d That was how Delacroix summed up his "
            "position to reporters after the meeting.\n\n"
            "Cossa hopes to announce the deal at the summit of the Southern African Development Community in "
            "Lilongwe in August, where he will take over the bloc's rotating chairmanship.\n");
        const Extraction x = extractArticle(text, QDate(2031, 4, 10));
        QCOMPARE(speakerOf(x, text, QStringLiteral("We are not in a hurry")), QStringLiteral("Pierre-Yves Delacroix"));
        const QList<Event> summits = eventsOf(x, QStringLiteral("summit"));
        QVERIFY2(summits.size() == 1, eventsSaid(x).constData());
        QCOMPARE(summits.first().date, QStringLiteral("2031-08"));
        QVERIFY(summits.first().planned);
    }

    // A paper translated from French: guillemets close only by their own
    // mark (the curly quotation inside stays inside); "the federal
    // Minister of Mobility, Sophie Deprez" makes "the minister" hers; a
    // passenger "who did not wish to give her name" is nobody's statement;
    // "on Wednesday, the third day of a strike" began on Monday; "to face
    // the mobility committee of the Chamber" is a hearing.
    void aTranslatedPaper()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "BRUSSELS \u2014 Trains ran only sporadically on Wednesday, the third day of a strike called by the "
            "Rail Workers Union against the reform plan of Rail Belge.\n\n"
            "On Tuesday evening, the federal Minister of Mobility, Sophie Deprez, received the union's president, "
            "Marc Vandenberghe.\n\n"
            "\u00ab In 2027 the minister told us: \u201cTrust me.\u201d We trusted her. Look where we are, \u00bb "
            "Vandenberghe said.\n\n"
            "\u00ab The reform will happen, \u00bb the minister declared.\n\n"
            "On Wednesday morning it was Thierry Lemaire's turn to face the mobility committee of the Chamber of "
            "Representatives in Brussels.\n\n"
            "A passenger, who did not wish to give her name, was more blunt: \u00ab They are all taking us "
            "hostage and nobody in this country seems to care. \u00bb\n");
        const Extraction x = extractArticle(text, QDate(2029, 11, 28));
        QCOMPARE(speakerOf(x, text, QStringLiteral("Look where we are")), QStringLiteral("Marc Vandenberghe"));
        const Statement *look = quotationOf(x, text, QStringLiteral("Look where we are"));
        QVERIFY(look);
        QVERIFY(text.mid(look->text.start, look->text.end - look->text.start).contains(QLatin1String("Trust me")));
        QCOMPARE(speakerOf(x, text, QStringLiteral("The reform will happen")), QStringLiteral("Sophie Deprez"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("taking us hostage")), QStringLiteral("(not a statement)"));
        const QList<Event> strikes = eventsOf(x, QStringLiteral("strike"));
        QVERIFY2(strikes.size() == 1, eventsSaid(x).constData());
        QCOMPARE(strikes.first().date, QStringLiteral("2029-11-26"));
        QVERIFY(!strikes.first().dateStated);
        const QList<Event> others = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(others.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, others.first().participants), QStringLiteral("Chamber of Representatives, Thierry Lemaire"));
        QCOMPARE(others.first().date, QStringLiteral("2029-11-28"));
    }

    // A TV transcript: "RUDO CHIKWANHA, ANCHOR:" names a person (shown
    // "Rudo Chikwanha") who takes no part in what her turn tells, and no
    // organisation "ANCHOR"; "With us in the studio in Harare is the
    // economist Nyasha Chidzero" is an interview with the channel; "the
    // minister appeared before …" is the minister's, by her title.
    void aTelevisionTranscript()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "*Highveld Television, The Nine O'Clock News, broadcast on 19 July 2028.*\n\n"
            "RUDO CHIKWANHA, ANCHOR: Good evening. Energy Minister Tatenda Mhlanga told MPs this afternoon that "
            "supplies would return to normal within a week.\n\n"
            "RUDO CHIKWANHA, ANCHOR: This afternoon the minister appeared before Parliament's portfolio committee "
            "on energy in Harare.\n\n"
            "RUDO CHIKWANHA, ANCHOR: With us in the studio in Harare is the economist Nyasha Chidzero. Nyasha, how "
            "long can the country hold out?\n\n"
            "NYASHA CHIDZERO, ECONOMIST: Not long, Rudo. Most filling stations keep three or four days of stock.\n");
        const Extraction x = extractArticle(text, QDate(2028, 7, 19), QStringLiteral("Highveld Television"));
        QVERIFY(peopleOf(x).contains(QLatin1String("Rudo Chikwanha")));
        const bool anchor = std::any_of(x.entities.cbegin(), x.entities.cend(),
                                        [](const Entity &e) { return e.label.compare(QLatin1String("ANCHOR"), Qt::CaseInsensitive) == 0; });
        QVERIFY(!anchor);
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Highveld Television, Nyasha Chidzero"));
        QCOMPARE(interviews.first().date, QStringLiteral("2028-07-19"));
        const QList<Event> hearings = eventsOf(x, QStringLiteral("other"));
        QVERIFY2(hearings.size() == 1, eventsSaid(x).constData());
        const QString who = namesOf(x, hearings.first().participants);
        QVERIFY2(who.contains(QLatin1String("Tatenda Mhlanga")) && !who.contains(QLatin1String("Rudo")), qPrintable(who));
    }

    // "The Minister's visit to San Pedro Sula, scheduled for this Friday,
    // has been cancelled": called off, past the possessive, not listed.
    void aMinistersVisitCancelled()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Health Minister Marcela Zelaya met the mayor, Jorge Paz, on Monday. The Minister's visit "
                           "to San Pedro Sula, scheduled for this Friday, has been cancelled because of the session "
                           "of the Council of Ministers.\n"),
            QDate(2033, 6, 8));
        QVERIFY2(eventsOf(x, QStringLiteral("visit")).isEmpty(), eventsSaid(x).constData());
    }

    // "the Minister of Foreign Affairs and Trade of New Zealand, Hemi
    // Tautahi": a portfolio between the title and the country, his title
    // of New Zealand; "the Minister" of a Chilean readout then stays the
    // home one, in what she said and in whom she received.
    void theHomeMinisterOfAReadout()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "Minister of Foreign Affairs Valentina Arrieta Soto spoke by telephone on Wednesday with the Minister "
            "of Foreign Affairs and Trade of New Zealand, Hemi Tautahi. Minister Tautahi conveyed his "
            "Government's condolences.\n\n"
            "\"We look at the same ocean,\" the Minister said.\n\n"
            "On March 11, the Minister received the Minister of Foreign Affairs of Peru, Rosario Quispe.\n");
        const Extraction x = extractArticle(text, QDate(2032, 3, 12));
        const auto tautahi = std::find_if(x.entities.cbegin(), x.entities.cend(),
                                          [](const Entity &e) { return e.label == QLatin1String("Hemi Tautahi"); });
        QVERIFY(tautahi != x.entities.cend() && tautahi->titleOf >= 0);
        QCOMPARE(x.entities[tautahi->titleOf].label, QStringLiteral("New Zealand"));
        QCOMPARE(speakerOf(x, text, QStringLiteral("the same ocean")), QStringLiteral("Valentina Arrieta Soto"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Rosario Quispe, Valentina Arrieta Soto"));
    }

    // A name the text gives someone is words of one sentence: "the
    // Minister said." and "Minister Tautahi" of the next paragraph are no
    // one alias.
    void aliasesStayInTheirSentence()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "Minister of Foreign Affairs Valentina Arrieta Soto spoke with Minister Hemi Tautahi on "
                           "Wednesday.\n\n"
                           "\"We look at the same ocean,\" the Minister said.\n\n"
                           "Minister Tautahi conveyed his Government's condolences.\n"),
            QDate(2032, 3, 12));
        for (const Entity &e : x.entities) {
            for (const QString &alias : e.aliases)
                QVERIFY2(!alias.contains(QLatin1Char('\n')) && !alias.contains(QLatin1String(". ")), qPrintable(alias));
        }
    }

    // "H.E. Sok Vannak": His Excellency, an honorific before the name of
    // a ministry's release, names no one of its own.
    void anExcellencysName()
    {
        const Extraction x = extractArticle(
            QStringLiteral("Headline\n\n"
                           "PHNOM PENH \u2014 H.E. Sok Vannak, Minister of Agriculture, met H.E. Takeshi Moriyama, "
                           "Ambassador of Japan, on Monday.\n"),
            QDate(2031, 4, 8));
        QCOMPARE(peopleOf(x), QStringLiteral("Sok Vannak, Takeshi Moriyama"));
        const QList<Event> meetings = eventsOf(x, QStringLiteral("meeting"));
        QVERIFY2(meetings.size() == 1, eventsSaid(x).constData());
        QCOMPARE(namesOf(x, meetings.first().participants), QStringLiteral("Sok Vannak, Takeshi Moriyama"));
    }

    // In a transcript's answer, "He told me, \"…\"" is the one the turns
    // spoke of, never the speaker of the turn ("SULEIMAN MAKAME:"), whose
    // label names him but who is the turn's "I".
    void aTurnsHeIsNotItsSpeaker()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "AMINA KHERI: Minister, welcome. What did you get in Bujumbura?\n\n"
            "SULEIMAN MAKAME: Thank you, Amina. I met my Burundian counterpart, Minister Evariste Ndayizeye, on "
            "Monday.\n\n"
            "AMINA KHERI: Did he raise the customs delays?\n\n"
            "SULEIMAN MAKAME: He said it politely. He told me, \"Your trains are fast, but your paperwork is "
            "slow.\" I told him he was right.\n");
        const Extraction x = extractArticle(text, QDate(2031, 8, 15));
        // (The turn itself holds the words too: the quotation is the
        // statement that is those words alone.)
        const auto inner = std::find_if(x.statements.cbegin(), x.statements.cend(), [&](const Statement &st) {
            return text.mid(st.text.start, st.text.end - st.text.start).startsWith(QLatin1String("Your trains"));
        });
        QVERIFY(inner != x.statements.cend() && inner->speaker >= 0);
        QCOMPARE(x.entities[inner->speaker].label, QStringLiteral("Evariste Ndayizeye"));
    }

    // The outlet the article's metadata names ("Gambia River Post") is
    // that outlet where the text names it: "told the Gambia River Post …
    // on Thursday" is an interview, the country inside its name no one's.
    void theArticlesOwnOutlet()
    {
        const QString text = QStringLiteral(
            "Headline\n\n"
            "\"We are asking for our wages,\" the union's secretary general, Modou Jobarteh, told the Gambia River "
            "Post at the Barra terminal on Thursday.\n");
        const Extraction x = extractArticle(text, QDate(2026, 5, 29), QStringLiteral("Gambia River Post"));
        const QList<Event> interviews = eventsOf(x, QStringLiteral("interview"));
        QVERIFY2(interviews.size() == 1, eventsSaid(x).constData());
        QCOMPARE(interviews.first().date, QStringLiteral("2026-05-28"));
        QCOMPARE(namesOf(x, interviews.first().participants), QStringLiteral("Gambia River Post, Modou Jobarteh"));
        const bool gambiaAlone = std::any_of(x.entities.cbegin(), x.entities.cend(),
                                             [](const Entity &e) { return e.label == QLatin1String("Gambia"); });
        QVERIFY(!gambiaAlone);
    }

    void scoresOnTheBundledCorpus()
    {
        KnowledgeGraph g;
        QVERIFY(loadBundledCorpus(g));
        scoring::Scores total;
        for (const Document &doc : g.documents()) {
            scoring::Expected want;
            for (NodeId id : g.nodes()) {
                const NodeData &node = g.node(id);
                QList<EvidenceSpan> here;
                for (const EvidenceSpan &span : node.evidence) {
                    if (span.document == doc.id)
                        here.append(span);
                }
                if (here.isEmpty())
                    continue;
                if (node.kind == NodeKind::Person) {
                    want.people.append(node.label);
                } else if (node.kind == NodeKind::Statement && node.properties.value(QStringLiteral("direct")).toBool()) {
                    QStringList speakers;
                    for (EdgeId e : g.inEdges(id)) {
                        if (g.edge(e).relation == relation::said)
                            speakers.append(g.node(g.edge(e).source).label);
                    }
                    for (const EvidenceSpan &span : here)
                        want.quotes.append({span.text, speakers});
                } else if (node.kind == NodeKind::Event) {
                    scoring::ExpectedEvent event{node.properties.value(QStringLiteral("type")).toString(), {},
                                              node.properties.value(QStringLiteral("date")).toString(), {}};
                    for (EdgeId e : g.inEdges(id)) {
                        if (g.edge(e).relation == relation::participatedIn)
                            event.participants.append(g.node(g.edge(e).source).label);
                    }
                    if (!event.participants.isEmpty())
                        want.events.append(event);
                }
            }
            const Extraction x = extractArticle(doc.text, QDate::fromString(doc.date, Qt::ISODate));
            const scoring::Scores s = scoring::score(doc.text, x, want);
            qInfo().noquote() << report(doc.id, s);
            total += s;
        }
        qInfo().noquote() << report(QStringLiteral("bundled corpus"), total);
        holdsFloors(QStringLiteral("corpus"), total, Floors{0.95, 0.90, 0.99, 0.90, 0.85, 0.66, 0.70});
    }

    void scoresOnArticlesTheRulesWereNotWrittenFor()
    {
        const QList<WrittenArticle> articles = writtenArticles();
        QVERIFY2(articles.size() >= 89, "eighty-nine or more articles with their expected graphs");
        // Written after the rules were, and measured before any rule looked
        // at them: the held-out articles, reported on their own as well.
        static const QStringList heldOut = {QStringLiteral("13-"), QStringLiteral("14-"), QStringLiteral("15-")};
        // Written later still (16-18), scored once before any rule changed
        // for them; reported apart from the first fifteen, so that the
        // figures of the articles the rules were shaped on do not hide theirs.
        // Articles from 19 on were each written for one cause of wrong
        // events, before its rule: they count with the first fifteen.
        static const QStringList secondHeldOut = {QStringLiteral("16-"), QStringLiteral("17-"), QStringLiteral("18-")};
        // 24-26 likewise: written and scored before any rule changed, their
        // thresholds set just under that first score.
        static const QStringList thirdHeldOut = {QStringLiteral("24-"), QStringLiteral("25-"), QStringLiteral("26-")};
        // 27-29 likewise, written after the misses of 24-26 were known and
        // scored before the rules for those misses: the measure of them;
        // since worked on (extract-11).
        static const QStringList fourthHeldOut = {QStringLiteral("27-"), QStringLiteral("28-"), QStringLiteral("29-")};
        // 30-32 likewise, written after the rules for the misses of 24-26
        // (extract-9) and scored before any rule changed for them; since
        // worked on (extract-11), like 24-26 and 27-29.
        static const QStringList fifthHeldOut = {QStringLiteral("30-"), QStringLiteral("31-"), QStringLiteral("32-")};
        // 33-35 likewise, written (with their expected graphs, by hand from
        // the text) before the rules of extract-11 were measured on them,
        // and scored once with those rules; since worked on (extract-12),
        // like 24-32.
        static const QStringList sixthHeldOut = {QStringLiteral("33-"), QStringLiteral("34-"), QStringLiteral("35-")};
        // 36-38 were written by someone who neither read the extractor's
        // code nor ran it, while the rules of extract-12 were written by
        // another who never saw them; scored once, after those rules; since
        // worked on (extract-14), like 24-35.
        static const QStringList seventhHeldOut = {QStringLiteral("36-"), QStringLiteral("37-"), QStringLiteral("38-")};
        // 39-41 likewise: written by someone who neither read the
        // extractor's code nor ran it, while the rules of extract-14 were
        // written by another who never saw them; scored once, after those
        // rules; since worked on (extract-16), like 24-38.
        static const QStringList eighthHeldOut = {QStringLiteral("39-"), QStringLiteral("40-"), QStringLiteral("41-")};
        // 42-44 likewise: written blind while the rules of extract-16 were
        // written by another who never saw them; scored once, after those
        // rules.
        static const QStringList ninthHeldOut = {QStringLiteral("42-"), QStringLiteral("43-"), QStringLiteral("44-")};
        // 45-47 likewise: written blind while the rules of extract-18 were
        // written by another who never saw them; scored once, after those
        // rules.
        static const QStringList tenthHeldOut = {QStringLiteral("45-"), QStringLiteral("46-"), QStringLiteral("47-")};
        // 48-50 likewise: written blind while the rules of extract-19 were
        // written by another who never saw them; scored once, after those
        // rules.
        static const QStringList eleventhHeldOut = {QStringLiteral("48-"), QStringLiteral("49-"), QStringLiteral("50-")};
        // 51-53 likewise: written blind while the rules of extract-20 were
        // written by another who never saw them; scored once, after those
        // rules.
        static const QStringList twelfthHeldOut = {QStringLiteral("51-"), QStringLiteral("52-"), QStringLiteral("53-")};
        // 54-56 likewise (everyday wire stories): written blind while the
        // rules of extract-21 were written by another who never saw them;
        // scored once, after those rules.
        static const QStringList thirteenthHeldOut = {QStringLiteral("54-"), QStringLiteral("55-"), QStringLiteral("56-")};
        // 57-59 (the international and political news the tool is for: a
        // call and a planned meeting of two foreign ministers, an explainer
        // on a defence ministerial and a planned summit, a live blog of
        // ceasefire talks): written blind while the rules of extract-22 were
        // written by another who never saw them; scored once, on main before
        // those rules.
        static const QStringList fourteenthHeldOut = {QStringLiteral("57-"), QStringLiteral("58-"), QStringLiteral("59-")};
        // 60-62 (a newspaper report of an emergency EU summit, a wire item
        // with an update on a missile strike and the Security Council, a
        // radio interview's transcript with its write-up): written blind
        // while the rules of extract-22 and extract-23 were written; scored
        // once, after those rules.
        static const QStringList fifteenthHeldOut = {QStringLiteral("60-"), QStringLiteral("61-"), QStringLiteral("62-")};
        // 63-65 (a wire exclusive on secret talks from anonymous sources, a
        // G20 summit day of bilateral meetings, an explainer of a sanctions
        // dispute): written blind; scored once, on main before any rule
        // written for 60-62 or for them.
        static const QStringList sixteenthHeldOut = {QStringLiteral("63-"), QStringLiteral("64-"), QStringLiteral("65-")};
        // 66-68 (a wire story built on government readouts of calls and
        // meetings, a week-ahead diary of planned visits and talks, a
        // regional paper's account of a three-day state visit): written
        // blind; scored once, on main before any rule written after 63-65.
        static const QStringList seventeenthHeldOut = {QStringLiteral("66-"), QStringLiteral("67-"), QStringLiteral("68-")};
        // 69-71 (a business wire on a merger and a state's stake, a
        // parliamentary committee sketch, a review of the foreign press on
        // a summit): written blind while extract-26's rules were written
        // for 57-65; scored once before those rules were merged and once
        // after.
        static const QStringList eighteenthHeldOut = {QStringLiteral("69-"), QStringLiteral("70-"), QStringLiteral("71-")};
        // 72-74 (football diplomacy in the stands, a year's timeline of
        // peace talks, an earthquake's response): written blind while
        // extract-27's rules were written for 66-71; scored once, on main
        // after those rules.
        static const QStringList nineteenthHeldOut = {QStringLiteral("72-"), QStringLiteral("73-"), QStringLiteral("74-")};
        // 75-77 (a trial's testimony, a podcast's show notes and transcript,
        // a football transfer's negotiation): written blind while extract-28's
        // rules were written for 72-74; scored once, on main before those
        // rules.
        static const QStringList twentiethHeldOut = {QStringLiteral("75-"), QStringLiteral("76-"), QStringLiteral("77-")};
        // 78-80 (a fact-check of a call, a morning newsletter's briefing, a
        // regional TV site's story with a correction): written blind while
        // extract-28's and extract-29's rules were written for 72-77; scored
        // once on main before those rules, and again after them.
        static const QStringList twentyFirstHeldOut = {QStringLiteral("78-"), QStringLiteral("79-"), QStringLiteral("80-")};
        // 81-83 (an analysis built on a leaked cable, a wire factbox of
        // meetings past and to come, a mediator's profile across five
        // years): written blind after extract-28 and extract-29 were
        // merged; scored once, on main with them.
        static const QStringList twentySecondHeldOut = {QStringLiteral("81-"), QStringLiteral("82-"), QStringLiteral("83-")};
        // 84-86 (a foreign ministry's readouts, a magazine's question and
        // answer interview, a local paper's council report) and 87-89 (an
        // obituary, an earnings call with a strike, a review of foreign
        // papers on a summit): written blind by two writers at once, and
        // scored once on main before any rule looked at them.
        static const QStringList twentyThirdHeldOut = {QStringLiteral("84-"), QStringLiteral("85-"), QStringLiteral("86-")};
        static const QStringList twentyFourthHeldOut = {QStringLiteral("87-"), QStringLiteral("88-"), QStringLiteral("89-")};
        // 90-99 (a corrected wire story, a sports federation's dispute, a
        // translated press digest, a sports court's ruling, a shipping
        // paper, a think tank's round table, a radio transcript, a "what we
        // know", a diplomatic diary, local elections): written blind by
        // one writer who read CONVENTIONS.md and no extractor code.
        // The ten articles numbered from `first` on ("90-" … "99-").
        const auto tenFrom = [](int first) {
            QStringList prefixes;
            for (int n = first; n < first + 10; ++n)
                prefixes.append(QString::number(n) + QLatin1Char('-'));
            return prefixes;
        };
        static const QStringList twentyFifthHeldOut = tenFrom(90);
        // 100-109 (a ministerial convened by the WHO, royalty talks and a
        // strike notice, a morning newsletter, a ministry's readout of a
        // visit, an analysis of two leaders' history, football television
        // rights, an extradition with a committee hearing, a live page, a
        // story translated from Spanish, a magazine interview with
        // questions and answers): written blind by one writer who read
        // CONVENTIONS.md, the checker and six expected files, and no
        // extractor code, on 2026-12-01 (eleventh session).
        static const QStringList twentySixthHeldOut = tenFrom(100);
        // 110-119 (a fisheries wire story, a business daily's deal, a local
        // TV station's transit strike, a week-ahead preview, a hostage
        // explainer, a translated dispatch, a profile, a corrected update,
        // a live blog newest first, a long read): written blind by one
        // writer who read CONVENTIONS.md, the checker and six expected
        // files, and no extractor code, on 2026-12-01 (eleventh session).
        static const QStringList twentySeventhHeldOut = tenFrom(110);
        // 120-129 (a wire story with a dateline, a Saturday analysis, an
        // agency's news in brief, a ministry's readout, a question-and-answer
        // transcript, a radio station's web article, an English edition of
        // a Nepali paper, a trade-press story, a timeline in the present
        // tense, a weekly column): written blind by one writer who read
        // CONVENTIONS.md, the checker and two expected files, and no
        // extractor code, on 2026-12-01 (eleventh session).
        static const QStringList twentyEighthHeldOut = tenFrom(120);
        // 130-139 (a wire story, a business wire, a local paper on a
        // council, an Asian daily, an analysis, a ministry's statement, a
        // morning digest, a TV channel's web copy, a feature of one long
        // day, a sports-governance story): written blind by one writer who
        // read CONVENTIONS.md, the checker and two expected files, and no
        // extractor code, on 2026-12-01 (eleventh session).
        static const QStringList twentyNinthHeldOut = tenFrom(130);
        // 140-149 (a wire story, a regional broadcaster's web story, a
        // parliamentary sketch, a government communiqué, a think tank's
        // newsletter, a question-and-answer interview, an English edition of
        // a Latin American daily, a tabloid's short story, a correspondent's
        // first-person dispatch, a week in review): written blind by one
        // writer who read CONVENTIONS.md, the checker and three expected
        // files, and no extractor code, on 2026-12-01 (eleventh session).
        static const QStringList thirtiethHeldOut = tenFrom(140);
        // 150-159 (a wire story, a live blog newest first, a ministry's
        // readout, a business daily's deal, a Sunday analysis, a local TV
        // station's web story, an agency's news in brief, a magazine
        // profile, a question-and-answer interview, an explainer): written
        // blind by one writer who read CONVENTIONS.md, the checker and
        // three expected files, and no extractor code, on 2026-12-01
        // (eleventh session).
        static const QStringList thirtyFirstHeldOut = tenFrom(150);
        // 160-169 (a wire story, "five things to know", a ministry's press
        // release, a TV station's web copy, a trade magazine, a week in
        // review, a court report, a paper translated from Spanish, a
        // question-and-answer interview, a long feature): written blind by
        // one writer who read CONVENTIONS.md, the checker and five expected
        // files, and no extractor code, on 2026-12-01 (eleventh session).
        static const QStringList thirtySecondHeldOut = tenFrom(160);
        // 170-179: written blind by one writer who read CONVENTIONS.md, the
        // checker and six expected files (37, 50, 53, 59, 67, 75), and no
        // extractor code, on 2026-12-01 (twelfth session).
        static const QStringList thirtyThirdHeldOut = tenFrom(170);
        // 180-189: written blind by the same writer, in the same session,
        // after 170-179 (read only CONVENTIONS.md, the checker and those six
        // expected files); scored before anyone read them.
        static const QStringList thirtyFourthHeldOut = tenFrom(180);
        // 190-199 (a wire story, a call readout, a live blog, a question-and-
        // answer interview, a long read, news in brief, an analysis, a paper
        // translated from French, a story with its correction, a TV
        // transcript): written blind by one writer who read only
        // CONVENTIONS.md, the checker and the six expected files above, on
        // 2026-12-02 (thirteenth session); scored before anyone read them.
        static const QStringList thirtyFifthHeldOut = tenFrom(190);
        // 200-209 (a wire story, a ministry's release, a feature, a week
        // ahead, a committee report, a business story with a strike, a
        // radio transcript, an explainer, news in brief, an analysis with a
        // timeline): written blind by one writer who read only
        // CONVENTIONS.md, the checker and the six expected files above, on
        // 2026-12-02 (thirteenth session), after this session's rules for
        // 190-199 were written; scored before anyone read them.
        static const QStringList thirtySixthHeldOut = tenFrom(200);
        // 210-219 (a wire story with a video call, a foreign office's
        // briefing transcript, a regional paper across a border, a "what we
        // know", a question time report, a newsletter digest, a sports
        // federation's governance, a live blog newest first, a strike story
        // translated from French with guillemets, an editorial): written
        // blind by one writer who read only CONVENTIONS.md, the checker and
        // seven expected files, on 2026-12-02 (fourteenth session); scored
        // before anyone read them.
        static const QStringList thirtySeventhHeldOut = tenFrom(210);
        // 220-229 (a wire story, a ministry's press release, a TV
        // transcript, a port strike in a business daily, a week ahead, a
        // committee hearing, a feature, news in brief, a question-and-answer
        // interview, an analysis with a timeline): written blind by one
        // writer who read only CONVENTIONS.md, the checker and four expected
        // files, on 2026-12-02 (fourteenth session), after that session's
        // rules were written; scored before anyone read them.
        static const QStringList thirtyEighthHeldOut = tenFrom(220);
        // 230-239 (a summit wire story with meetings on its sidelines, a
        // court report with testimony, a committee hearing, a strike with
        // talks, a news conference's transcript, a sports body's board, a
        // city council story, a profile with an interview, a week of calls,
        // a story translated from Japanese with 「…」): written blind by one
        // writer who read only CONVENTIONS.md, the checker and four expected
        // files, on 2026-12-02 (fifteenth session); scored before anyone
        // read them.
        static const QStringList thirtyNinthHeldOut = tenFrom(230);
        // 240-249 (an agency flash and its update, an opinion column, a
        // mayor's Q&A, a port concession's boards, an election observers'
        // report, a detained crew's negotiation by phone, a state visit's
        // programme, a union congress, an outbreak briefing, a maritime
        // dispute's rounds and its tribunal): written blind by one writer
        // who read only CONVENTIONS.md, the checker and four expected files,
        // on 2026-12-02 (fifteenth session), after that session's rules;
        // scored before anyone read them.
        static const QStringList fortiethHeldOut = tenFrom(240);
        static const QStringList fortyFirstHeldOut = tenFrom(250);
        const auto among = [](const QString &name, const QStringList &prefixes) {
            return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &prefix) { return name.startsWith(prefix); });
        };
        scoring::Scores total;
        scoring::Scores allTotal; // every article, whatever its group
        scoring::Scores upTo80;   // 01-80, which the rules were written from (before 81-89 were read)
        scoring::Scores heldOutTotal;
        scoring::Scores secondTotal;
        scoring::Scores thirdTotal;
        scoring::Scores fourthTotal;
        scoring::Scores fifthTotal;
        scoring::Scores sixthTotal;
        scoring::Scores seventhTotal;
        scoring::Scores eighthTotal;
        scoring::Scores ninthTotal;
        scoring::Scores tenthTotal;
        scoring::Scores eleventhTotal;
        scoring::Scores twelfthTotal;
        scoring::Scores thirteenthTotal;
        scoring::Scores fourteenthTotal;
        scoring::Scores fifteenthTotal;
        scoring::Scores sixteenthTotal;
        scoring::Scores seventeenthTotal;
        scoring::Scores eighteenthTotal;
        scoring::Scores nineteenthTotal;
        scoring::Scores twentiethTotal;
        scoring::Scores twentyFirstTotal;
        scoring::Scores twentySecondTotal;
        scoring::Scores twentyThirdTotal;
        scoring::Scores twentyFourthTotal;
        scoring::Scores twentyFifthTotal;
        scoring::Scores twentySixthTotal;
        scoring::Scores twentySeventhTotal;
        scoring::Scores twentyEighthTotal;
        scoring::Scores twentyNinthTotal;
        scoring::Scores thirtiethTotal;
        scoring::Scores thirtyFirstTotal;
        scoring::Scores thirtySecondTotal;
        scoring::Scores thirtyThirdTotal;
        scoring::Scores thirtyFourthTotal;
        scoring::Scores thirtyFifthTotal;
        scoring::Scores thirtySixthTotal;
        scoring::Scores thirtySeventhTotal;
        scoring::Scores thirtyEighthTotal;
        scoring::Scores thirtyNinthTotal;
        scoring::Scores fortiethTotal;
        scoring::Scores fortyFirstTotal;
        struct Apart
        {
            const QStringList *prefixes;
            scoring::Scores *total;
        };
        const std::array<Apart, 40> apart = {{
            {&secondHeldOut, &secondTotal},
            {&thirdHeldOut, &thirdTotal},
            {&fourthHeldOut, &fourthTotal},
            {&fifthHeldOut, &fifthTotal},
            {&sixthHeldOut, &sixthTotal},
            {&seventhHeldOut, &seventhTotal},
            {&eighthHeldOut, &eighthTotal},
            {&ninthHeldOut, &ninthTotal},
            {&tenthHeldOut, &tenthTotal},
            {&eleventhHeldOut, &eleventhTotal},
            {&twelfthHeldOut, &twelfthTotal},
            {&thirteenthHeldOut, &thirteenthTotal},
            {&fourteenthHeldOut, &fourteenthTotal},
            {&fifteenthHeldOut, &fifteenthTotal},
            {&sixteenthHeldOut, &sixteenthTotal},
            {&seventeenthHeldOut, &seventeenthTotal},
            {&eighteenthHeldOut, &eighteenthTotal},
            {&nineteenthHeldOut, &nineteenthTotal},
            {&twentiethHeldOut, &twentiethTotal},
            {&twentyFirstHeldOut, &twentyFirstTotal},
            {&twentySecondHeldOut, &twentySecondTotal},
            {&twentyThirdHeldOut, &twentyThirdTotal},
            {&twentyFourthHeldOut, &twentyFourthTotal},
            {&twentyFifthHeldOut, &twentyFifthTotal},
            {&twentySixthHeldOut, &twentySixthTotal},
            {&twentySeventhHeldOut, &twentySeventhTotal},
            {&twentyEighthHeldOut, &twentyEighthTotal},
            {&twentyNinthHeldOut, &twentyNinthTotal},
            {&thirtiethHeldOut, &thirtiethTotal},
            {&thirtyFirstHeldOut, &thirtyFirstTotal},
            {&thirtySecondHeldOut, &thirtySecondTotal},
            {&thirtyThirdHeldOut, &thirtyThirdTotal},
            {&thirtyFourthHeldOut, &thirtyFourthTotal},
            {&thirtyFifthHeldOut, &thirtyFifthTotal},
            {&thirtySixthHeldOut, &thirtySixthTotal},
            {&thirtySeventhHeldOut, &thirtySeventhTotal},
            {&thirtyEighthHeldOut, &thirtyEighthTotal},
            {&thirtyNinthHeldOut, &thirtyNinthTotal},
            {&fortiethHeldOut, &fortiethTotal},
            {&fortyFirstHeldOut, &fortyFirstTotal},
        }};
        for (const WrittenArticle &article : articles) {
            const QString &name = article.name;
            QVERIFY2(article.ok, qPrintable(name));
            const Extraction x = extractArticle(article.document.text, QDate::fromString(article.document.date, Qt::ISODate), article.document.outlet);
            const scoring::Scores s = scoring::score(article.document.text, x, article.expected);
            qInfo().noquote() << report(name.section(QLatin1Char('.'), 0, 0), s);
            allTotal += s;
            if (name.section(QLatin1Char('-'), 0, 0).toInt() <= 80)
                upTo80 += s;
            // Each later group counts apart, so the figures of the articles
            // the rules were shaped on do not hide theirs.
            const auto group = std::find_if(apart.begin(), apart.end(),
                                            [&](const Apart &g) { return among(name, *g.prefixes); });
            if (group != apart.end()) {
                *group->total += s;
                continue;
            }
            total += s;
            if (among(name, heldOut))
                heldOutTotal += s;
        }
        qInfo().noquote() << report(QStringLiteral("held-out articles (13-15)"), heldOutTotal);
        qInfo().noquote() << report(QStringLiteral("written articles (01-15, 19-23)"), total);
        qInfo().noquote() << report(QStringLiteral("held-out articles (16-18)"), secondTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (24-26)"), thirdTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (27-29)"), fourthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (30-32)"), fifthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (33-35)"), sixthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (36-38)"), seventhTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (39-41)"), eighthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (42-44)"), ninthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (45-47)"), tenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (48-50)"), eleventhTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (51-53)"), twelfthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (54-56)"), thirteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (57-59)"), fourteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (60-62)"), fifteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (63-65)"), sixteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (66-68)"), seventeenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (69-71)"), eighteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (72-74)"), nineteenthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (75-77)"), twentiethTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (78-80)"), twentyFirstTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (81-83)"), twentySecondTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (84-86)"), twentyThirdTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (87-89)"), twentyFourthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (90-99)"), twentyFifthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (100-109)"), twentySixthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (110-119)"), twentySeventhTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (120-129)"), twentyEighthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (130-139)"), twentyNinthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (140-149)"), thirtiethTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (150-159)"), thirtyFirstTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (160-169)"), thirtySecondTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (170-179)"), thirtyThirdTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (180-189)"), thirtyFourthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (190-199)"), thirtyFifthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (200-209)"), thirtySixthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (210-219)"), thirtySeventhTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (220-229)"), thirtyEighthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (230-239)"), thirtyNinthTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (240-249)"), fortiethTotal);
        qInfo().noquote() << report(QStringLiteral("held-out articles (250-259)"), fortyFirstTotal);
        qInfo().noquote() << report(QStringLiteral("articles 01-80"), upTo80);
        qInfo().noquote() << report(QStringLiteral("all written articles"), allTotal);
        // Floors lowered on branch conventions, after every expected file was
        // revised to tests/data/extraction/CONVENTIONS.md (the rules were
        // decided before these figures were seen): each lowered figure is
        // 0.01 under what the extractor reached on the revised files. Raised
        // on branch rules-conv, once the event rules followed CONVENTIONS.md:
        // events F1 and participants P of the groups up to 78-80 to 0.01
        // under the figure reached (its first two decimals).
        holdsFloors(QStringLiteral("unseen"), total, Floors{0.99, 0.98, 0.99, 0.88, 0.99, 0.83, 0.88});
        holdsFloors(QStringLiteral("held-out"), heldOutTotal, Floors{0, 0, 0.95, 0, 0, 0.93, 0});
        // After extract-26 ("will meet … next week", a dated briefing): events
        // F1 0.90 -> 0.95.
        holdsFloors(QStringLiteral("held-out 16-18"), secondTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.90, 0.89});
        // First measured at people P 0.68 R 0.94, quotes P 0.92 R 0.96,
        // speakers 0.86 (19/22), events P 0.60 R 0.53 F1 0.56, their
        // participants P 0.84 R 0.84; after the rules written for their
        // misses (extract-9), people P 1.00 R 1.00, quotes P 1.00 R 1.00,
        // speakers 1.00 (23/23), events P 0.94 R 0.94 F1 0.94, participants
        // P 0.86 R 0.86: no longer unseen figures.
        holdsFloors(QStringLiteral("held-out 24-26"), thirdTotal, Floors{0.98, 0.98, 0.98, 0.97, 0.97, 0.93, 0.87});
        // First measured (the extractor of main, before the rules for the
        // misses of 24-26) at people P 0.75 R 1.00, quotes P 1.00 R 1.00,
        // speakers 0.67 (10/15), events P 0.71 R 0.67 F1 0.69, their
        // participants P 1.00 R 0.93. Not to be tuned to: the floors are
        // just under that first score, but for two raised where the general
        // rules written for the misses of 24-26 moved them (speakers 1.00
        // (15/15) by the pronoun rules, a case 27-29 were written to hold
        // before those rules were; people P 0.78 by "Agreement"). Then
        // rules were written for their misses (extract-11: organisations
        // named like people, "the council's ministers" meeting, "meet the
        // heads of" a company): people P
        // 1.00, events P 0.93 R 0.87 F1 0.90, participants P 1.00 R 0.94.
        // No longer unseen figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 27-29"), fourthTotal, Floors{0.97, 0.97, 0.97, 0.97, 0.97, 0.88, 0.79});
        // First measured (extract-10, before any rule changed for them) at
        // people P 0.86 R 1.00, quotes P 1.00 R 1.00, speakers 0.94 (15/16),
        // events P 0.91 R 1.00 F1 0.95, their participants P 1.00 R 0.86.
        // Then rules were written for their misses (extract-11: a surname of
        // two words, the dateline's outlet, a company after "engineers
        // from" or "the board of", "will visit … to meet X" one visit):
        // people P 1.00, events P 1.00 R 1.00 F1 1.00, participants P 1.00 R
        // 1.00; speakers still 0.94 (the "she said" of a call between two
        // people of unknown gender). No longer unseen figures.
        holdsFloors(QStringLiteral("held-out 30-32"), fifthTotal, Floors{0.98, 0.98, 0.92, 0.98, 0.98, 0.99, 0.99});
        // First measured (extract-11, with its rules for the misses of
        // 27-32, none changed for these) at people P 1.00 R 1.00, quotes P
        // 0.90 R 0.96, speakers 0.88 (23/26), events P 0.88 R 0.67 F1 0.76,
        // their participants P 0.96 R 0.85. Written before those rules, by
        // the one who then wrote them (see BENCHMARKS.md). Then rules were
        // written for their misses (extract-12: scare quotes after a verb of
        // naming or "of a", a lower-case title before the speaker, names
        // with "al-", "the commission will hold talks", "due to arrive", an
        // election called, "states" before a verb, the bloc's ministers
        // meeting, discussing and meeting again, "Saudi officials", who
        // invites, a visit to press someone, who speaks as the summit
        // ends): quotes P 1.00 R 1.00, speakers 1.00 (27/27), events P 1.00
        // R 1.00 F1 1.00, participants P 1.00 R 0.93. No longer unseen
        // figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 33-35"), sixthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.99, 0.96});
        // First measured (main after extract-12, no rule changed for them)
        // at people P 0.80 R 1.00, quotes P 1.00 R 1.00, speakers 0.96
        // (23/24), events P 0.84 R 0.70 F1 0.76, their participants P 0.89
        // R 0.89. Then rules were written for their misses (extract-14: a
        // name before its initials, a quoted title with a comma, a
        // portfolio listed before a title, "the union leader", a dateline
        // with its country and date, "described as 'x'", a company by its
        // first word, "…, ended on Wednesday", a tour, a strike dated by
        // the day it began, a team travelling to a place): people P 1.00,
        // speakers 1.00 (24/24), events P 0.95 R 0.87 F1 0.91, participants
        // P 0.93 R 0.91. No longer unseen figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 36-38"), seventhTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.92, 0.94});
        // First measured (main after extract-14, no rule changed for them)
        // at people P 0.70 R 1.00, quotes P 1.00 R 0.96, speakers 1.00
        // (24/24), events P 0.74 R 0.78 F1 0.76, their participants P 0.80
        // R 0.92. Then rules were written for their misses (extract-16: a
        // company named by its trade, a name before a mine or field, a
        // title word beginning an organisation's name, the words of a
        // title after "for" or before "and … Minister", a news conference
        // alone, a short quotation that is a sentence, a crowd met, the
        // ministers of three countries, the bloc's ministers ten words
        // back, "two days later", officials of two demonyms, "the two
        // countries' leaders"): people P 1.00, quotes P 1.00 R 1.00,
        // speakers 1.00 (25/25), events P 0.94 R 0.94 F1 0.94,
        // participants P 0.94 R 1.00. No longer unseen figures; the floors
        // are under these.
        holdsFloors(QStringLiteral("held-out 39-41"), eighthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.96, 0.96});
        // First measured (main after extract-16, no rule changed for them)
        // at people P 0.80 R 1.00, quotes P 1.00 R 1.00, speakers 0.76
        // (19/25), events P 0.93 R 0.62 F1 0.74, their participants P 0.68
        // R 0.96. After the rules of extract-18, written for their misses
        // (an organisation's name over "and", an interview's "she said",
        // "The following day" of a round-up, "between the two ministries",
        // undated talks in another capital, a proposed ministerial, "hosted
        // X's deputy minister", "Leaders of the three countries will meet",
        // unnamed chiefs' talks, what is proposed, "ministers from", "the day
        // after the ministerial", an organisation's session, a quotation
        // after a colon, "has been director-general of", "the head of X's
        // Y, Name", the teller of "a meeting with", "Name, chief executive
        // of X"): people P 1.00, quotes P 1.00 R 1.00, speakers 1.00
        // (25/25), events P 1.00 R 1.00 F1 1.00, participants P 0.96 R 1.00.
        // No longer unseen figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 42-44"), ninthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.99, 0.94});
        // First measured (main after extract-18, no rule changed for them)
        // at people P 0.83 R 0.93, quotes P 1.00 R 0.97, speakers 0.86
        // (24/28), events P 0.50 R 0.38 F1 0.43, their participants P 0.87
        // R 0.72: a live blog, a court story and a feature, styles the
        // rules had not met. After the rules of extract-19, written for
        // their misses (a preposition's trigger refers back to nothing,
        // "earlier this week", "last November", "in 2031", a live blog's
        // entries of its day, a time zone after a clock time, a portfolio
        // over "and" and between commas, "Seamen's", a strike said so in
        // the next sentence, "the Greek prime minister", "the day before
        // the summit to", a building "outside the", a competition, letters
        // after a name, a name after "from" that then speaks, "Bosnia and
        // Herzegovina", "ministers from … are meeting", a ministerial
        // called talks after, "a meeting with the commission", "visited X's
        // centre", "“No,” he said", "Name, her counterpart,", "received X",
        // "the mayor of X, Name"): people P 1.00 R 1.00, quotes P 1.00 R
        // 1.00, speakers 1.00 (29/29), events P 0.95 R 0.90 F1 0.93,
        // participants P 0.95 R 0.80. No longer unseen figures; the floors
        // are under these.
        // After extract-26 (a briefing opening its sentence): events F1 0.93 -> 0.95.
        holdsFloors(QStringLiteral("held-out 45-47"), tenthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.84, 0.87});
        // First measured (main after extract-19, no rule changed for them)
        // at people P 0.91 R 0.95, quotes P 1.00 R 0.97, speakers 0.93
        // (28/30), events P 0.60 R 0.60 F1 0.60, their participants P 0.88
        // R 0.79: an explainer in questions and answers, an obituary dated
        // by years, a dock strike. After the rules of extract-20, written
        // for their misses (Terminal(s) an organisation's word, a name over
        // "and" with "Workers' Union", "Name of Country", "a crane
        // operator", "in the spring of 2004", "talks between the union, the
        // department and …", "stayed off work from March 10 to 12", "held
        // its first session", an acronym used before its definition, "That
        // year", "the X family home", "whose release he had negotiated.",
        // "a union delegation"): people P 1.00 R 1.00, quotes P 1.00 R
        // 0.97, speakers 1.00 (30/30), events P 0.93 R 0.87 F1 0.90,
        // participants P 0.96 R 1.00. No longer unseen figures; the floors
        // are under these.
        holdsFloors(QStringLiteral("held-out 48-50"), eleventhTotal, Floors{0.98, 0.95, 0.98, 0.98, 0.98, 0.82, 0.84});
        // First measured (main after extract-20, no rule changed for them)
        // at people P 0.79 R 0.95, quotes P 0.97 R 0.97, speakers 0.92
        // (36/39), events P 0.50 R 0.43 F1 0.46, their participants P 0.87
        // R 0.65: a wire update with a correction, an exclusive, a
        // three-country summit. After the rules of extract-21, written for
        // their misses (a name ending in Link/Cable an infrastructure's,
        // Insight/Analytics an organisation's, "Adds" of an update note,
        // a compass point and a world region, a sport, "overnight", "since
        // January 15" and "began in February and have" to the article's
        // date, a name after "and" described by a lower-case title, an
        // official who asked not to be named, a spokeswoman named later,
        // whom the words were told, a meeting joined to a visit by "and",
        // a portfolio going on after a comma): people P 1.00 R 1.00,
        // quotes P 1.00 R 1.00, speakers 1.00 (40/40), events P 0.91 R
        // 0.71 F1 0.80, participants P 0.95 R 0.70. No longer unseen
        // figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 51-53"), twelfthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.77, 0.83});
        // First measured (main after extract-21, no rule changed for them)
        // at people P 0.88 R 1.00, quotes P 0.97 R 1.00, speakers 0.95
        // (35/37), events P 0.67 R 0.53 F1 0.59, their participants P 0.75
        // R 0.64: everyday wire stories. After the rules of extract-22,
        // written for their misses ("walked off the job", the ministers
        // meeting again, ", according to …", "a meeting of the three foreign
        // ministers" named in the next sentence, a portfolio ending at a
        // comma before a name, a kind of company before a name, a list of
        // places before "crossings", "described X as a “…”", "A's Minister
        // of X, Name, said", "came a day after X visited", "during his
        // visit", "ready to resume talks with the association", a country
        // beginning an organisation's name, "a state visit by", "Salvadoran",
        // ", said" after an aside, "a workshop that X wants", the ministers
        // of a portfolio of countries listed, the party in the words told):
        // people P 1.00 R 1.00, quotes P 1.00 R 1.00, speakers 1.00 (37/37),
        // events P 0.87 R 0.87 F1 0.87, participants P 0.95 R 0.79. No
        // longer unseen figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 54-56"), thirteenthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.92, 0.69});
        // First measured (main at 173db3f, no rule written for them) at
        // people P 0.84 R 0.90, quotes P 1.00 R 0.98, speakers 0.82 (33/40),
        // events P 0.55 R 0.39 F1 0.45, their participants P 0.70 R 0.68.
        // After the rules of extract-23, written for their misses (names
        // with lower-case particles, a country's name over "of the", "her"
        // as an object, a name set off after a lower-case title, "last
        // week … and last Friday", a kind of group before a name, words
        // quoted alone, ministers "from all N member states", "Group of
        // 20", travelling to a place, "said by phone", quoted words before
        // a determiner, pronoun chains, talks and a ministerial on the same
        // days, "has arrived in", a date of the saying): people P 1.00 R
        // 1.00, quotes P 1.00 R 1.00, speakers 1.00 (41/41), events P 0.87
        // R 0.65 F1 0.74, participants P 0.80 R 0.78. No longer unseen
        // figures; the floors are under these.
        // After extract-26 (briefings, "told a news conference", a meeting
        // held ", when" a ministerial was on, "when they last gathered"):
        // events P 0.89 R 0.77 F1 0.83, participants P 0.82 R 0.77.
        holdsFloors(QStringLiteral("held-out 57-59"), fourteenthTotal, Floors{0.98, 0.98, 0.98, 0.98, 0.98, 0.82, 0.85});
        // First measured (main after extract-22 and extract-23, no rule
        // written for them) at people P 0.95 R 0.91, quotes P 1.00 R 0.94,
        // speakers 0.79 (27/34), events P 0.50 R 0.38 F1 0.43, their
        // participants P 0.78 R 0.54. After the rules of extract-24, written
        // for their misses (a quoted paragraph answering a question is the
        // interviewee's, two particles in a row, "Name for Harbour Radio",
        // "talks a lot", a name found later to be a company's, flying to a
        // place, "U.N." and "UN", speaking to someone for an outlet, an
        // acronym of initials, demonyms, "urged … to return to talks", "that
        // afternoon"): people P 1.00 R 1.00, quotes P 1.00 R 0.94, speakers
        // 0.97 (33/34), events P 0.88 R 0.71 F1 0.79, participants P 0.87 R
        // 0.61. No longer unseen figures; the floors are under these.
        // After extract-26 (briefings dated, the summit on whose margins a
        // meeting is held apart from it, "a missile struck" and who is
        // blamed): events P 0.95 R 0.86 F1 0.90, participants P 0.91 R 0.73.
        // After speakersgen's general speaker rules (none written for one
        // article): speakers 1.00 (34/34); the floor is under that.
        holdsFloors(QStringLiteral("held-out 60-62"), fifteenthTotal, Floors{0.98, 0.92, 0.99, 0.98, 0.98, 0.67, 0.94});
        // First measured (main at the merge of extract-23, no rule written
        // for them) at people P 0.96 R 0.96, quotes P 1.00 R 0.93, speakers
        // 0.78 (29/37), events P 0.38 R 0.18 F1 0.24, their participants P
        // 1.00 R 0.69. After the rules of extract-25, written for their
        // misses (one person meeting a list of people meets each, a meeting
        // "on the sidelines" takes the summit's day, a newspaper's name,
        // words before a title, "X, who …, said", more name particles,
        // "and later met", a meeting after a dated visit, "flew to"):
        // people P 1.00 R 1.00, quotes P 1.00 R 0.93, speakers 0.97
        // (36/37), events P 0.71 R 0.43 F1 0.53, participants P 1.00 R
        // 0.85. No longer unseen figures; the floors are under these.
        // After extract-26 (rounds of a series of talks, a working lunch,
        // "G20", "meet before the end of the year", "came three days after",
        // "The talks, held on …" after "met … last week", ministers of a
        // list, delegations led by, who hosts the delegations): events P
        // 0.95 R 0.71 F1 0.82, participants P 1.00 R 0.80.
        holdsFloors(QStringLiteral("held-out 63-65"), sixteenthTotal, Floors{0.98, 0.91, 0.95, 0.98, 0.98, 0.84, 0.94});
        // First measured (main after extract-25, no rule changed for them)
        // at people P 0.95 R 0.95, quotes P 0.95 R 0.81, speakers 0.68
        // (26/38), events P 0.53 R 0.26 F1 0.35, their participants P 0.85
        // R 0.89. Not to be tuned to; the floors are just under that, but
        // for events F1: the rule for a first surname alone ("Araya said"
        // after "Josefina Araya Quilodrán", written from a sentence of
        // other names) gave three more right speakers (0.76, 29/38) and
        // made a press conference hers, found but undated (0.34).
        // After extract-27, whose rules were written from 66-71 once they
        // had been scored (a subject of long names "are scheduled for", a
        // journey in the present, a split quotation opened by one word,
        // someone with a single name after "counterpart,"): people P 0.95
        // R 0.97, quotes P 0.95 R 0.85, speakers 0.80 (32/40), events P
        // 0.65 R 0.37 F1 0.47, participants P 0.88 R 0.92. No longer unseen
        // figures; the floors are under these.
        // After speakersgen's general speaker rules: quotes P 0.98 R 0.85,
        // speakers 0.93 (37/40); the floors are under these.
        holdsFloors(QStringLiteral("held-out 66-68"), seventeenthTotal, Floors{0.97, 0.84, 0.92, 0.94, 0.96, 0.75, 0.87});
        // First measured on main before extract-26 (and after the first of
        // two surnames) at people P 0.82 R 0.88, quotes P 0.93 R 0.76,
        // speakers 0.67 (26/39), events P 0.40 R 0.28 F1 0.33, their
        // participants P 0.70 R 0.78. After extract-26, whose rules were
        // written for 57-65 by someone who never saw these: events P 0.45
        // R 0.31 F1 0.37, participants P 0.71 R 0.75 (66-68: events F1
        // 0.34 -> 0.36). Not to be tuned to.
        // After extract-27, written from 66-71 once scored (the days of a
        // summit with its name between, "on the eve of the summit", "the
        // minister" no deputy, "X of Y Bank", a name ", who …" no place):
        // people P 0.83 R 0.94, quotes P 0.93 R 0.82, speakers 0.74
        // (31/42), events P 0.63 R 0.41 F1 0.50, participants P 0.75 R
        // 0.70. No longer unseen figures; the floors are under these.
        // After extract-28 (written for 72-74): participants P 0.78 (a
        // bare "Government" opening a sentence is its country's).
        // After extract-29 (a name before "hotel", "League" and "Today" an
        // organisation's words, a hearing an event): people P 0.86, events
        // P 0.67 R 0.48 F1 0.56, participants P 0.77 R 0.64; with both,
        // participants P 0.79.
        // After speakersgen's general speaker rules: quotes P 0.94 R 0.88,
        // speakers 0.89 (40/45); the floors are under these.
        holdsFloors(QStringLiteral("held-out 69-71"), eighteenthTotal, Floors{0.93, 0.87, 0.88, 0.85, 0.93, 0.64, 0.80});
        // First measured on main after extract-27 (no rule written for
        // them) at people P 0.94 R 1.00, quotes P 0.98 R 0.91, speakers 0.98
        // (41/42), events P 0.55 R 0.33 F1 0.42, their participants P 0.77
        // R 0.77. Not to be tuned to; the floors are just under that.
        // After extract-28, whose rules were written from 72-74 once scored
        // (a timeline's entries, "last met … at the summit", "said on Sunday
        // in an interview with", "called X on Sunday", a match told by its
        // result and its return fixture, a donors' conference, a court's
        // ruling, "the guarantor countries' ministers", "Mid-July", "on
        // Monday, February 4", "March next year", a clause inside an
        // apposition, "told the meeting that", "Government" opening a
        // sentence): people P 1.00 R 1.00, quotes P 0.98 R 0.93, speakers
        // 1.00 (43/43), events P 0.93 R 0.76 F1 0.83, participants P 0.98 R
        // 0.78. No longer unseen figures; the floors are under these.
        holdsFloors(QStringLiteral("held-out 72-74"), nineteenthTotal, Floors{0.97, 0.92, 0.99, 0.99, 0.99, 0.79, 0.97});
        // First measured on main before extract-28 (no rule written for
        // them) at people P 0.79 R 1.00, quotes P 0.96 R 0.85, speakers 0.67
        // (30/45), events P 0.50 R 0.25 F1 0.33, their participants P 0.81
        // R 0.62. Not to be tuned to; the floors are just under that.
        // After extract-29, written from 75-77 once scored (a transcript's
        // "**NAME:**" turns, a pronoun in a "…, she said," aside not its
        // clause's subject, a name set off after "from the prosecutor,",
        // "Asked whether X …, he", a possessive opening a sentence, "League",
        // "Watch", "Conference" and "Today" an organisation's words, a name
        // before "hotel", a meeting in a dated visit's sentence, "In May of
        // that year", "travelled with X to", "where, she said, he held
        // talks", "at the weekend", "later this year", a dated hearing):
        // people P 0.91 R 1.00, quotes P 0.96 R 0.92, speakers 0.90
        // (44/49), events P 0.73 R 0.40 F1 0.52, participants P 0.81 R
        // 0.59. No longer unseen figures; the floors are under these (events
        // F1 0.50: merged with extract-28's rules, a trial merge gave 0.51).
        // After speakersgen's general speaker rules: quotes P 0.98 R 0.94,
        // speakers 0.98 (49/50); the floors are under these.
        holdsFloors(QStringLiteral("held-out 75-77"), twentiethTotal, Floors{0.97, 0.93, 0.97, 0.90, 0.99, 0.60, 0.80});
        // First measured on main before extract-28 and extract-29 (no rule
        // written for them) at people P 0.80 R 1.00, quotes P 0.95 R 0.93,
        // speakers 0.77 (30/39), events P 0.67 R 0.41 F1 0.51, their
        // participants P 1.00 R 0.90. Not to be tuned to; the floors are
        // just under that. After both, every figure the same: the 30 rules
        // written for 72-77 (extract-28's 19, extract-29's 11) carried
        // nothing over to these. The general event mechanisms of eventsgen
        // (none written for an article) took events F1 to 0.60 here, 0.64
        // on 66-68 and 0.59 on 69-71: those floors just under.
        // After speakersgen's general speaker rules: speakers 0.92 (36/39);
        // the floor is under that.
        // After the days of headings, live pages and parts of today (eleventh
        // session): 79's events F1 0.87 -> 0.96, an event more matched with
        // one of its participants wrong; participants P 0.89 -> 0.88 (a
        // share of the matched events' participants: more events right).
        holdsFloors(QStringLiteral("held-out 78-80"), twentyFirstTotal, Floors{0.94, 0.92, 0.91, 0.79, 0.99, 0.65, 0.87});
        // First measured on main after extract-28 and extract-29 (no rule
        // written for them) at people P 0.94 R 1.00, quotes P 1.00 R 0.84,
        // speakers 0.76 (32/42), events P 0.40 R 0.28 F1 0.33, their
        // participants P 0.79 R 0.90. Not to be tuned to; the floors are
        // just under that.
        // After eventkinds (13 general event mechanisms written from 01-80;
        // a fourteenth, the present tense of meeting as a timetable, was
        // dropped: it put the past entries of 82's factbox a year ahead):
        // events P 0.41 R 0.31 F1 0.35, their participants P 0.77 R 0.87.
        // The participants floor is under that.
        // Against the expected files revised to CONVENTIONS.md (conventions;
        // the old rules: events F1 0.31, participants P 0.74), then with the
        // event rules brought to it from 01-80 (rules-conv): events P 0.40
        // R 0.31 F1 0.35, participants P 0.76; 84-86 events F1 0.53,
        // participants P 0.63; 87-89 events F1 0.40, participants P 0.68.
        // The floors are just under that.
        // After heldout-review, which read 81-89 for the first time,
        // classified every miss (docs/extraction-heldout-81-89.md) and wrote
        // general mechanisms for the largest causes, each with a test on
        // invented text (call verbs in all their forms, "told parliament",
        // "briefed X", a date after a semicolon, a guest received on an
        // N-day visit, an event called off, an undated mention in another
        // town, a body's vote, "that year" after "By 2029", "the forum would
        // hold", entries under "UPCOMING", a trip to talk to a government,
        // "two days earlier", "the negotiating", "the main meetings, calls
        // and visits"): 81-83 events P 0.62 R 0.56 F1 0.59, participants P
        // 0.78; 84-86 events P 0.81 R 0.57 F1 0.67, participants P 0.63;
        // 87-89 events P 0.81 R 0.68 F1 0.74, participants P 0.76. No
        // longer unseen figures; the floors are just under these.
        // Then "the ISA Council" known as the International Seabed
        // Authority's: events F1 0.62; participants P 0.76, the session it
        // matched bringing its "Jamaica" (of "Kingston, Jamaica") in.
        holdsFloors(QStringLiteral("held-out 81-83"), twentySecondTotal, Floors{0.99, 0.83, 0.80, 0.93, 0.99, 0.61, 0.75});
        // First measured on main at 29ed291, before any rule looked at them:
        // 84-86 people P 0.81 R 0.96, quotes P 1.00 R 0.94, speakers 0.93
        // (28/30), events P 0.69 R 0.44 F1 0.54, their participants P 0.81
        // R 0.64; 87-89 people P 0.79 R 0.96, quotes P 1.00 R 0.91, speakers
        // 0.67 (29/43), events P 0.53 R 0.36 F1 0.43, their participants P
        // 0.84 R 0.48. Not to be tuned to; the floors are just under that.
        // After eventsgen and speakersgen (general mechanisms written from
        // 01-80, never from these): 84-86 events F1 0.55, speakers 0.93;
        // 87-89 quotes P 0.98 R 0.94, speakers 0.75 (33/44), events F1
        // 0.42; 81-83 speakers 0.81 (34/42), events F1 0.33. The quotes
        // floor of 87-89 is under its one new extra quotation.
        // After heldout-review (see 81-83): the floors just under its figures.
        holdsFloors(QStringLiteral("held-out 84-86"), twentyThirdTotal, Floors{0.99, 0.93, 0.92, 0.80, 0.95, 0.66, 0.62});
        // 87-89 after the strike of no party of its own: events F1 0.81,
        // participants P 0.77.
        holdsFloors(QStringLiteral("held-out 87-89"), twentyFourthTotal, Floors{0.97, 0.93, 0.74, 0.78, 0.95, 0.80, 0.76});
        // First measured on main at 1d9e4d6, before any rule writer saw
        // them: people P 0.83 R 0.98, quotes P 0.93 R 0.83, speakers 0.92
        // (88/96), events P 0.54 R 0.39 F1 0.45, their participants P 0.86
        // R 0.79. The radio transcript's twelve quotations, lines after a
        // speaker's name in capitals, were not found at all. Not to be
        // tuned to; the floors are just under that. After heldout-review's
        // eighteen mechanisms, written from 81-89 by one who never saw these
        // (81-83 events F1 0.35 -> 0.62, 84-86 0.53 -> 0.67, 87-89 0.40 ->
        // 0.81): events P 0.53 R 0.39 F1 0.45, participants P 0.86 R 0.80,
        // the rest the same. Nothing carried over, a fifth time. After
        // widen (the event words each type is told by, widened from general
        // English by one who never saw these, 01-89 unmoved): events P 0.55
        // R 0.41 F1 0.47, participants P 0.85 R 0.73.
        // After the dates written for 100-109 (eleventh session: a heading
        // that is a day, a live page's entries, "this morning", a day and
        // month weeks ahead, "the second day of the visit", interviews
        // dated by their clause), by one who did not read these: events P
        // 0.60 R 0.45 F1 0.51, participants P 0.84 R 0.73 (the share of
        // more matched events' participants).
        // With all the eleventh session's rules (written from 100-139):
        // events P 0.62 R 0.46 F1 0.53.
        holdsFloors(QStringLiteral("held-out 90-99"), twentyFifthTotal, Floors{0.92, 0.82, 0.91, 0.82, 0.97, 0.52, 0.83});
        // First measured on main at 10c852c, before anyone who writes rules
        // saw them: people P 0.82 R 0.99, quotes P 0.99 R 0.92, speakers
        // 0.80 (74/92), events P 0.51 R 0.34 F1 0.41, their participants P
        // 0.79 R 0.75. Of the 58 events missed, 40 had an event found with
        // a participant in common but another date (20 of them another
        // type too), 12 had nothing near; 27 of the 29 extras were near a
        // miss. Then read, and general rules written for their misses
        // (eleventh session: a heading that is a day, a live page's
        // entries, "this morning", a day and month weeks ahead, "the
        // second day of the visit", interviews dated by their clause or
        // told on the air, a committee described at length, "expressed",
        // "the Minister of A and B, Name"): events P 0.69 R 0.50 F1 0.58,
        // speakers 0.83 (76/92), participants P 0.78 R 0.76. No longer
        // unseen figures; the floors are just under these.
        holdsFloors(QStringLiteral("held-out 100-109"), twentySixthTotal, Floors{0.98, 0.91, 0.82, 0.81, 0.98, 0.57, 0.77});
        // First measured with the rules of 9602608 (before the eleventh
        // session's), written before any of those rules and never read by
        // their writer: people P 0.81 R 0.95, quotes P 1.00 R 0.90, speakers
        // 0.93 (66/71), events P 0.66 R 0.51 F1 0.57, participants P 0.87 R
        // 0.82. With the rules written from 100-109 (not from these):
        // events P 0.72 R 0.56 F1 0.63 (misses for another date 14 -> 8),
        // the rest the same. The first rules to carry over by more than
        // two points. Not to be tuned to; the floors are just under that.
        // Then read, and rules written for their misses („…“ marks, an
        // outlet told by what it is, the prime ministers of countries
        // listed, a union's local by its number, ", which are expected to",
        // a committee after a possessive, "called X to meet", "sat down
        // with" an outlet): quotes R 0.94, speakers 0.93 (69/74), events P
        // 0.78 R 0.63 F1 0.70, participants P 0.88 R 0.82. No longer unseen
        // figures; the floors are just under these.
        holdsFloors(QStringLiteral("held-out 110-119"), twentySeventhTotal, Floors{0.99, 0.93, 0.92, 0.80, 0.94, 0.69, 0.87});
        // First measured with the rules of 9602608 and again with this
        // session's (written from 100-119, not from these): the same
        // figures both times, people P 0.78 R 0.97, quotes P 0.96 R 0.83,
        // speakers 0.87 (48/55), events P 0.76 R 0.58 F1 0.66, participants
        // P 0.90 R 0.85. The rules that gave 110-119 six points gave these
        // none. Not to be tuned to; the floors are just under that.
        // Then read, and rules written for their misses ("since the 14th of
        // last month", a joint exercise, "stopped work", appearing before
        // the House, an interview given to "this newspaper"): events P 0.79
        // R 0.64 F1 0.71, participants P 0.91 R 0.83. No longer unseen
        // figures; the floors are just under these.
        holdsFloors(QStringLiteral("held-out 120-129"), twentyEighthTotal, Floors{0.95, 0.82, 0.86, 0.77, 0.96, 0.70, 0.90});
        // First measured with the rules of 9602608 and with this session's
        // (written from 100-129, not from these), before anyone read them:
        // people P 0.91 R 0.94, quotes P 1.00 R 0.91, speakers 0.85 (51/60)
        // both times; events P 0.60 R 0.42 F1 0.49 -> P 0.65 R 0.49 F1
        // 0.56, participants P 0.90 R 0.71 -> P 0.88 R 0.69. Not to be
        // tuned to; the floors are just under that.
        // Then read, and rules written for their misses ("talks that
        // concluded on Wednesday", a name set off before the date, "on
        // Wednesday of last week", a time of day of the last day named):
        // events P 0.70 R 0.53 F1 0.60. No longer unseen figures; the floors
        // are just under these.
        holdsFloors(QStringLiteral("held-out 130-139"), twentyNinthTotal, Floors{0.99, 0.90, 0.84, 0.90, 0.93, 0.59, 0.88});
        // First measured with the rules of 9602608 and with all of the
        // eleventh session's (written from 100-139, not from these), before
        // anyone read them: people P 0.89 R 0.98, quotes P 0.96 R 0.89,
        // speakers 0.94 (51/54) both times; events P 0.70 R 0.49 F1 0.58 ->
        // P 0.73 R 0.52 F1 0.61, participants P 0.85 R 0.79 -> P 0.84 R
        // 0.79. Not to be tuned to; the floors are just under that.
        // Then read, and rules written for their misses ("that day" after a
        // day no event was given, "he told us"): events F1 0.64.
        // (Twelfth session: a hospital is an organisation, no place; the
        // strike at "Nordland Hospital" took the parties of the strike
        // before it, participants P 0.84 -> 0.83.)
        holdsFloors(QStringLiteral("held-out 140-149"), thirtiethTotal, Floors{0.95, 0.88, 0.93, 0.88, 0.97, 0.63, 0.82});
        // First measured with the rules of 9602608 and with all of the
        // eleventh session's (written from 100-149, not from these), before
        // anyone read them: people P 0.79 R 1.00, quotes P 0.98 R 0.90,
        // speakers 0.95 (54/57) both times; events P 0.69 R 0.50 F1 0.58 ->
        // P 0.73 R 0.57 F1 0.64, participants P 0.83 R 0.92 -> P 0.83 R
        // 0.93. Not to be tuned to; the floors are just under that.
        // Then read, and rules written for their misses (the present of a
        // session is its timetable, "Speaking to X on Thursday, Name
        // said"): events P 0.77 R 0.61 F1 0.68. No longer unseen figures;
        // the floors are just under these.
        holdsFloors(QStringLiteral("held-out 150-159"), thirtyFirstTotal, Floors{0.97, 0.89, 0.94, 0.78, 0.99, 0.67, 0.83});
        // First measured with the rules of 9602608 and with all of the
        // eleventh session's (written from 100-159, not from these), before
        // anyone read them: people P 0.86 R 0.97, quotes P 0.97 R 0.85,
        // speakers 0.82 (59/72) both times; events P 0.53 R 0.42 F1 0.47 ->
        // P 0.56 R 0.47 F1 0.51, participants P 0.87 R 0.78 -> P 0.86 R
        // 0.78. Not to be tuned to; the floors are just under that.
        holdsFloors(QStringLiteral("held-out 160-169"), thirtySecondTotal, Floors{0.96, 0.84, 0.81, 0.85, 0.96, 0.50, 0.85});
        // First measured before anyone read them (twelfth session, the
        // rules of e5bf81d and of that session alike): people P 0.89 R 0.97,
        // quotes P 0.94 R 0.84, speakers 0.91 (72/79), events P 0.62 R 0.46
        // F1 0.53. Then read, and rules written for their misses (twelfth
        // and thirteenth sessions): quotes P 0.97 R 0.94, speakers 0.92
        // (81/88), events P 0.81 R 0.69 F1 0.74, participants P 0.82. No
        // longer unseen figures; the floors are just under these.
        holdsFloors(QStringLiteral("held-out 170-179"), thirtyThirdTotal, Floors{0.96, 0.93, 0.91, 0.89, 0.98, 0.73, 0.81});
        // First measured before anyone read them (twelfth session, the same
        // with the rules of e5bf81d): people P 0.88 R 1.00, quotes P 0.97 R
        // 0.92, speakers 0.96 (69/72), events P 0.75 R 0.56 F1 0.64. Then
        // read, and rules written for their misses: events P 0.79 R 0.65 F1
        // 0.72, participants P 0.81; the floors are just under these.
        holdsFloors(QStringLiteral("held-out 180-189"), thirtyFourthTotal, Floors{0.96, 0.91, 0.95, 0.87, 0.99, 0.71, 0.80});
        // First measured before anyone read them (thirteenth session, with
        // the rules of dfd0e20 and the outlet from the metadata): people P
        // 0.97 R 0.97, quotes P 0.95 R 0.96, speakers 0.91 (64/70), events P
        // 0.76 R 0.66 F1 0.70, participants P 0.81 R 0.76 (with the rules of
        // e5bf81d, two sessions before: quotes R 0.81, speakers 0.90, events
        // F1 0.68). Then read, and rules written for their misses: quotes P
        // 0.97 R 0.99, speakers 1.00 (72/72), events P 0.94 R 0.86 F1 0.90,
        // participants P 0.84. No longer unseen; the floors are just under.
        // (Events F1 0.92 after the fourteenth session's rules: floor 0.91.)
        holdsFloors(QStringLiteral("held-out 190-199"), thirtyFifthTotal, Floors{0.96, 0.98, 0.99, 0.96, 0.98, 0.91, 0.83});
        // First measured before anyone read them (thirteenth session, with
        // every rule of that session, those written from 190-199 included):
        // people P 0.88 R 0.95, quotes P 1.00 R 0.90, speakers 0.84 (65/77),
        // events P 0.74 R 0.59 F1 0.65, participants P 0.78 R 0.78 (with the
        // rules of dfd0e20, the session's start: see BENCHMARKS.md). Then
        // read: "H.E." before a name (201's five people) gave people R 0.99,
        // speakers 0.87 (67/77), events F1 0.68; the floors are under these.
        // Fourteenth session, after the rules written from what they missed
        // (titles set off before a name, a country's possessive, demonyms,
        // an apposition after the name, "The Minister …. “…,” he said",
        // "next spring"): quotes P 1.00 R 0.91, speakers 0.99 (77/78), people
        // P 0.89 R 0.99, events P 0.77 R 0.65 F1 0.71, participants P 0.84.
        // Then the session's later rules (an only union's strike, a headline's
        // second story, "the foreign ministers … meet again", "were
        // questioned … by the Committee", a middle initial, dates past
        // asides): events P 0.82 R 0.71 F1 0.76.
        // And a week ahead's present (203): events F1 0.80, participants P 0.85.
        holdsFloors(QStringLiteral("held-out 200-209"), thirtySixthTotal, Floors{0.99, 0.90, 0.98, 0.88, 0.98, 0.79, 0.84});
        // First measured before anyone read them (fourteenth session), with
        // the rules of 327435e: people P 0.88 R 0.98, quotes P 0.99 R 0.88,
        // speakers 0.94 (62/66), events P 0.78 R 0.68 F1 0.73, participants
        // P 0.81 R 0.80; with that session's rules for 200-209 (not read from
        // these), the same but participants P 0.82 R 0.81. Then read, and
        // rules written for their misses (a transcript's role label, a
        // deputy's title, "Since Monday, … are on strike", "speaking to SABC
        // radio", names with "bin" and "Al", "is foreseen for Thursday"):
        // quotes P 0.99 R 0.96, speakers 0.96 (69/72), events P 0.85 R 0.75
        // F1 0.80, participants P 0.82; the floors are 0.01 under.
        // ("Water Development" and the like no longer people: people P 0.92,
        // events F1 0.82, more events matched with some of their people:
        // participants P 0.81.)
        holdsFloors(QStringLiteral("held-out 210-219"), thirtySeventhTotal, Floors{0.98, 0.95, 0.95, 0.91, 0.97, 0.81, 0.80});
        // First measured before anyone read them (fourteenth session, the
        // rules of e6b156a): people P 0.91 R 0.99, quotes P 1.00 R 0.97,
        // speakers 0.88 (59/67), events P 0.60 R 0.56 F1 0.58, participants
        // P 0.86 R 0.84. Then one article's people read (221, for the
        // wrapping test it broke): people P 0.94. Floors 0.01 under.
        // Then read (fifteenth session) and rules written for their misses:
        // people P 0.97 R 1.00, quotes P 1.00 R 0.97, speakers 0.94 (63/67),
        // events P 0.85 R 0.81 F1 0.83, participants P 0.84. Floors 0.01 under.
        holdsFloors(QStringLiteral("held-out 220-229"), thirtyEighthTotal, Floors{0.99, 0.96, 0.93, 0.96, 0.99, 0.82, 0.83});
        // First measured before anyone read them (fifteenth session, the
        // rules of 40ce7b5): people P 0.85 R 0.96, quotes P 1.00 R 0.88,
        // speakers 0.83 (76/92), events P 0.65 R 0.53 F1 0.58, participants
        // P 0.81 R 0.74. Then read, and rules written for their misses:
        // people P 0.87 R 0.96, quotes P 1.00 R 0.95, speakers 0.91 (91/100),
        // events P 0.89 R 0.80 F1 0.84, participants P 0.87. Floors 0.01 under.
        holdsFloors(QStringLiteral("held-out 230-239"), thirtyNinthTotal, Floors{0.99, 0.94, 0.90, 0.86, 0.95, 0.83, 0.86});
        // First measured before anyone read them (fifteenth session, the
        // rules of 659129a, the session's near end): people P 0.89 R 0.96,
        // quotes P 1.00 R 0.88, speakers 0.93 (81/87), events P 0.63 R 0.51
        // F1 0.56, participants P 0.87 R 0.81. Floors 0.01 under.
        // Then read, and rules written for their misses: people P 0.95 R
        // 0.97, quotes P 1.00 R 0.96, speakers 0.96 (91/95), events P 0.76 R
        // 0.67 F1 0.71, participants P 0.88. Floors 0.01 under.
        holdsFloors(QStringLiteral("held-out 240-249"), fortiethTotal, Floors{0.99, 0.95, 0.95, 0.94, 0.96, 0.70, 0.87});
        // First measured before anyone read them (sixteenth session, the
        // rules of c64a1a0): people P 0.90 R 0.98, quotes P 1.00 R 0.91,
        // speakers 0.79 (70/89), events P 0.76 R 0.59 F1 0.67, participants
        // P 0.85 R 0.80. Floors 0.01 under.
        holdsFloors(QStringLiteral("held-out 250-259"), fortyFirstTotal, Floors{0.99, 0.90, 0.78, 0.89, 0.97, 0.66, 0.84});
    }

    // Every test article hard-wrapped at 72 columns (as a plain-text feed
    // or an e-mail has it: paragraphs parted by blank lines, line breaks
    // anywhere, "… said\nKarimov") scores exactly as it does unwrapped.
    void hardWrappedArticlesScoreAsUnwrapped()
    {
        const QList<WrittenArticle> articles = writtenArticles();
        QVERIFY(!articles.isEmpty());
        const auto wrapped = [](const QString &text) {
            QStringList lines;
            for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
                if (paragraph.startsWith(QLatin1Char('#')) || paragraph.size() <= 72) {
                    lines.append(paragraph);
                    continue;
                }
                QString line;
                for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (!line.isEmpty() && line.size() + 1 + word.size() > 72) {
                        lines.append(line);
                        line.clear();
                    }
                    line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
                }
                lines.append(line);
            }
            return lines.join(QLatin1Char('\n'));
        };
        for (const WrittenArticle &article : articles) {
            const QString &name = article.name;
            QVERIFY2(article.ok, qPrintable(name));
            const QDate date = QDate::fromString(article.document.date, Qt::ISODate);
            const scoring::Expected &want = article.expected;
            const QString text = wrapped(article.document.text);
            QVERIFY(text.size() == article.document.text.size() && text.count(QLatin1Char('\n')) > article.document.text.count(QLatin1Char('\n')));
            const Extraction x = extractArticle(text, date, article.document.outlet);
            QVERIFY2(spansHold(x, text), qPrintable(name));
            const QString unwrappedScore = report(
                name, scoring::score(article.document.text, extractArticle(article.document.text, date, article.document.outlet), want));
            QCOMPARE(report(name, scoring::score(text, x, want)), unwrappedScore);
        }
    }

    // The figures below are held at what the rules reach today (see
    // BENCHMARKS.md and the issue's note); raise them as the rules improve.
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
