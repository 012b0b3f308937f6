#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "bundledcorpus.h"
#include "evidence.h"
#include "knowledgegraph.h"
#include "testsupport.h"

using namespace threadline;

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A date_evidence or date_accounts[].evidence value as graph.json gives it:
// an object {document, start, end, text} whose text is the article's slice
// [start, end). Empty when it is one, else what is wrong.
QString spanProblem(const QVariant &value, const QHash<QString, QString> &texts)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return QStringLiteral("not an object but %1").arg(QString::fromLatin1(value.typeName()));
    const QVariantMap span = value.toMap();
    const QString document = span.value(QStringLiteral("document")).toString();
    if (!texts.contains(document))
        return QStringLiteral("unknown document \"%1\"").arg(document);
    bool startOk = false, endOk = false;
    const qlonglong start = span.value(QStringLiteral("start")).toLongLong(&startOk);
    const qlonglong end = span.value(QStringLiteral("end")).toLongLong(&endOk);
    const QString &text = texts[document];
    if (!startOk || !endOk || start < 0 || end <= start || end > text.size())
        return QStringLiteral("bad offsets [%1,%2)").arg(span.value(QStringLiteral("start")).toString(),
                                                       span.value(QStringLiteral("end")).toString());
    const QString slice = text.mid(start, end - start);
    if (slice != span.value(QStringLiteral("text")).toString())
        return QStringLiteral("[%1,%2) of %3 is \"%4\", the span says \"%5\"")
            .arg(start).arg(end).arg(document, slice, span.value(QStringLiteral("text")).toString());
    return {};
}

} // namespace

// The curated graph of the five bundled articles: exact evidence, every
// quotation with its speaker, every meeting and call with its participants.
class TestCorpus : public QObject
{
    Q_OBJECT

    KnowledgeGraph g;

    NodeId named(const QString &name) const
    {
        const QList<NodeId> found = g.findByName(name);
        return found.isEmpty() ? NodeId() : found.first();
    }

    QList<NodeId> sources(NodeId target, const QString &relation) const
    {
        QList<NodeId> result;
        for (EdgeId e : g.inEdges(target)) {
            if (g.edge(e).relation == relation)
                result.append(g.edge(e).source);
        }
        return result;
    }

    QList<NodeId> targets(NodeId source, const QString &relation) const
    {
        QList<NodeId> result;
        for (EdgeId e : g.outEdges(source)) {
            if (g.edge(e).relation == relation)
                result.append(g.edge(e).target);
        }
        return result;
    }

    // Direct statements whose evidence covers the given words.
    QList<NodeId> directStatementsQuoting(const QString &words) const
    {
        QList<NodeId> found;
        for (NodeId id : g.nodes()) {
            const NodeData &node = g.node(id);
            if (node.kind != NodeKind::Statement || !node.properties.value(QStringLiteral("direct")).toBool())
                continue;
            for (const EvidenceSpan &span : node.evidence) {
                if (span.text.contains(words)) {
                    found.append(id);
                    break;
                }
            }
        }
        return found;
    }

    // The articles as the files on disk hold them, by document id.
    QHash<QString, QString> articleTexts() const
    {
        QHash<QString, QString> texts;
        for (const Document &doc : g.documents())
            texts.insert(doc.id, readUtf8(test::corpusDir() + QLatin1Char('/') + doc.file));
        return texts;
    }

    QString property(NodeId id, const char *name) const
    {
        return g.node(id).properties.value(QString::fromLatin1(name)).toString();
    }

    bool hasEvidenceIn(NodeId id, const QString &document) const
    {
        const QList<EvidenceSpan> &spans = g.node(id).evidence;
        return std::any_of(spans.begin(), spans.end(), [&](const EvidenceSpan &s) { return s.document == document; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const ReadResult r = loadBundledCorpus(g);
        QVERIFY2(r.ok, qPrintable(r.error.toString()));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void articlesAreByteForByteTheReceivedOnes()
    {
        THREADLINE_REQUIRE_SHARED(shared);
        const QStringList files = QDir(shared + QStringLiteral("/corpus")).entryList({QStringLiteral("*.txt")});
        QCOMPARE(files.size(), 5);
        for (const QString &name : files) {
            QFile received(shared + QStringLiteral("/corpus/") + name);
            QFile bundled(test::corpusDir() + QLatin1Char('/') + name);
            QVERIFY(received.open(QIODevice::ReadOnly));
            QVERIFY2(bundled.open(QIODevice::ReadOnly), qPrintable(name));
            QVERIFY2(received.readAll() == bundled.readAll(), qPrintable(name));
        }
    }

    void documentsHaveMetadata()
    {
        QCOMPARE(g.documents().size(), 5);
        for (const Document &doc : g.documents()) {
            QVERIFY2(!doc.title.isEmpty(), qPrintable(doc.id));
            QVERIFY2(!doc.outlet.isEmpty(), qPrintable(doc.id));
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(doc.date).hasMatch(),
                     qPrintable(doc.id + QLatin1Char(' ') + doc.date));
            QVERIFY2(!doc.text.isEmpty(), qPrintable(doc.id));
            // A document is also a node, the source of its mentions.
            const NodeId node = g.findNode(doc.id);
            QVERIFY2(node.isValid(), qPrintable(doc.id));
            QCOMPARE(g.node(node).kind, NodeKind::Document);
        }
    }

    void everySpanMatchesTheArticleOnDisk()
    {
        // Checked against the files themselves, not the loader's copy.
        QHash<QString, QString> texts;
        for (const Document &doc : g.documents())
            texts.insert(doc.id, readUtf8(test::corpusDir() + QLatin1Char('/') + doc.file));
        int checked = 0;
        auto check = [&](const QString &owner, const QList<EvidenceSpan> &spans) {
            for (const EvidenceSpan &span : spans) {
                QVERIFY2(texts.contains(span.document), qPrintable(owner + QStringLiteral(": ") + span.document));
                const QString &text = texts[span.document];
                QVERIFY2(span.start >= 0 && span.end <= text.size() && span.start < span.end,
                         qPrintable(owner));
                QVERIFY2(text.mid(span.start, span.end - span.start) == span.text,
                         qPrintable(QStringLiteral("%1: [%2,%3) is \"%4\", evidence says \"%5\"")
                                        .arg(owner).arg(span.start).arg(span.end)
                                        .arg(text.mid(span.start, span.end - span.start), span.text)));
                ++checked;
            }
        };
        for (NodeId id : g.nodes())
            check(g.node(id).key, g.node(id).evidence);
        for (EdgeId id : g.edges())
            check(g.edge(id).key, g.edge(id).evidence);
        QVERIFY(checked > 300);
        QVERIFY2(verifyEvidence(g).isEmpty(), qPrintable(verifyEvidence(g).join(QLatin1Char('\n'))));
    }

    void everyElementButDocumentsHasEvidence()
    {
        for (NodeId id : g.nodes()) {
            const NodeData &node = g.node(id);
            if (node.kind != NodeKind::Document)
                QVERIFY2(!node.evidence.isEmpty(), qPrintable(node.key));
        }
        for (EdgeId id : g.edges())
            QVERIFY2(!g.edge(id).evidence.isEmpty(), qPrintable(g.edge(id).key));
    }

    void rawFileEdgesPointAtNodes()
    {
        // Independent of the loader: every edge endpoint is a node id in the file.
        QFile file(test::corpusDir() + QStringLiteral("/graph.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QSet<QString> ids;
        const QJsonArray nodes = root[QStringLiteral("elements")][QStringLiteral("nodes")].toArray();
        for (const QJsonValue &n : nodes)
            ids.insert(n[QStringLiteral("data")][QStringLiteral("id")].toString());
        QCOMPARE(ids.size(), nodes.size());
        const QJsonArray edges = root[QStringLiteral("elements")][QStringLiteral("edges")].toArray();
        QVERIFY(!edges.isEmpty());
        for (const QJsonValue &e : edges) {
            const QJsonValue data = e[QStringLiteral("data")];
            QVERIFY2(ids.contains(data[QStringLiteral("source")].toString()), qPrintable(data[QStringLiteral("id")].toString()));
            QVERIFY2(ids.contains(data[QStringLiteral("target")].toString()), qPrintable(data[QStringLiteral("id")].toString()));
        }
    }

    void everyQuotationIsADirectStatement()
    {
        // Every span between quotation marks, found here by pattern, must be
        // the evidence of a direct statement; quoted names are not statements.
        const QStringList names = {QStringLiteral("Financial Times"), QStringLiteral("Al Mayadeen")};
        const QRegularExpression quoted(QStringLiteral(
            "[\u201C\"]([^\u201C\u201D\"\\n]+)[\u201D\"]|(?<![\\w])[\u2018']([^\u2018\u2019'\\n]+)[\u2019'](?![\\w])"));
        int quotations = 0;
        for (const Document &doc : g.documents()) {
            for (auto it = quoted.globalMatch(doc.text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const int group = m.capturedStart(1) >= 0 ? 1 : 2;
                const QString inner = m.captured(group);
                if (names.contains(inner))
                    continue;
                ++quotations;
                const qsizetype start = m.capturedStart(group), end = m.capturedEnd(group);
                bool covered = false;
                for (NodeId id : g.nodes()) {
                    const NodeData &node = g.node(id);
                    if (node.kind != NodeKind::Statement || !node.properties.value(QStringLiteral("direct")).toBool())
                        continue;
                    for (const EvidenceSpan &span : node.evidence) {
                        // Covers the quote, give or take closing punctuation.
                        covered = covered || (span.document == doc.id && span.start <= start + 1
                                              && span.end >= end - 1);
                    }
                }
                QVERIFY2(covered, qPrintable(QStringLiteral("%1: “%2” has no direct statement").arg(doc.id, inner)));
            }
        }
        QVERIFY2(quotations >= 25, qPrintable(QString::number(quotations)));
    }

    void quotationsHaveTheirSpeakers_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("speakers");
        const QStringList rutte{QStringLiteral("Mark Rutte")};
        QTest::newRow("dire threat") << QStringLiteral("dire threat") << rutte;
        QTest::newRow("absolutely fair") << QStringLiteral("absolutely fair") << rutte;
        QTest::newRow("Grenell is right") << QStringLiteral("He is right of course") << rutte;
        QTest::newRow("playing ball") << QStringLiteral("Ukrainians are really playing ball") << rutte;
        QTest::newRow("committed to NATO") << QStringLiteral("completely committed to NATO") << rutte;
        QTest::newRow("much more") << QStringLiteral("We have to do much, much more") << rutte;
        QTest::newRow("credible deterrence") << QStringLiteral("credible deterrence") << rutte;
        QTest::newRow("common thread") << QStringLiteral("there will be a common thread") << rutte;
        QTest::newRow("broke the deadlock") << QStringLiteral("President Trump broke the deadlock") << rutte;
        QTest::newRow("hundreds of billions") << QStringLiteral("hundreds of billions") << rutte;
        QTest::newRow("pivot to Asia") << QStringLiteral("pivot more towards Asia") << rutte;
        QTest::newRow("Kaja Kallas") << QStringLiteral("We have Kaja Kallas here") << rutte;
        QTest::newRow("his leadership") << QStringLiteral("his leadership will again be key") << rutte;
        QTest::newRow("he was right") << QStringLiteral("I think he was right") << rutte;
        QTest::newRow("troops") << QStringLiteral("capable European and non-European troops")
                                << QStringList{QStringLiteral("Pete Hegseth")};
        QTest::newRow("NATO readout") << QStringLiteral("They discussed the range of global security issues facing")
                                      << QStringList{QStringLiteral("NATO")};
        QTest::newRow("spokesperson") << QStringLiteral("They discussed the totality")
                                      << QStringList{QStringLiteral("Farah Dakhlallah"), QStringLiteral("NATO")};
        QTest::newRow("combat conditions") << QStringLiteral("combat conditions")
                                           << QStringList{QStringLiteral("Vladimir Putin")};
    }

    void quotationsHaveTheirSpeakers()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, speakers);
        const QList<NodeId> statements = directStatementsQuoting(words);
        QVERIFY2(!statements.isEmpty(), qPrintable(words));
        for (NodeId statement : statements) {
            const QList<NodeId> said = sources(statement, relation::said);
            QVERIFY2(!said.isEmpty(), qPrintable(g.node(statement).key));
            for (NodeId speaker : said)
                QVERIFY2(speakers.contains(g.node(speaker).label),
                         qPrintable(QStringLiteral("%1 said by %2").arg(words, g.node(speaker).label)));
        }
    }

    void meetingsAndCallsHaveParticipantsDatesAndPlaces_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("participants");
        QTest::addColumn<QString>("place");
        QTest::newRow("Palm Beach") << QStringLiteral("meeting") << QStringLiteral("2024-11-22")
                                    << QStringList{QStringLiteral("Mark Rutte"), QStringLiteral("Donald Trump")}
                                    << QStringLiteral("Palm Beach");
        QTest::newRow("Rubio call") << QStringLiteral("phone_call") << QStringLiteral("2025-01-22")
                                    << QStringList{QStringLiteral("Mark Rutte"), QStringLiteral("Marco Rubio")}
                                    << QString();
        QTest::newRow("White House") << QStringLiteral("meeting") << QStringLiteral("2025-04-24")
                                     << QStringList{QStringLiteral("Mark Rutte"), QStringLiteral("Donald Trump")}
                                     << QStringLiteral("Washington");
        QTest::newRow("Hegseth") << QStringLiteral("meeting") << QStringLiteral("2025-04-24")
                                 << QStringList{QStringLiteral("Mark Rutte"), QStringLiteral("Pete Hegseth")}
                                 << QString();
        QTest::newRow("Fox News interview") << QStringLiteral("interview") << QStringLiteral("2025-02-17")
                                            << QStringList{QStringLiteral("Mark Rutte")} << QString();
        QTest::newRow("Hegseth's remarks") << QStringLiteral("other") << QStringLiteral("2025-02-12")
                                           << QStringList{QStringLiteral("Pete Hegseth")} << QString();
        QTest::newRow("Brussels ministerial") << QStringLiteral("ministerial") << QStringLiteral("2025-04-03/2025-04-04")
                                              << QStringList{QStringLiteral("Mark Rutte"), QStringLiteral("Marco Rubio")}
                                              << QStringLiteral("Brussels");
        QTest::newRow("Sybiha at the ministerial") << QStringLiteral("ministerial") << QStringLiteral("2025-04-03/2025-04-04")
                                                   << QStringList{QStringLiteral("Andrii Sybiha"), QStringLiteral("Mark Rutte")}
                                                   << QStringLiteral("Brussels");
        QTest::newRow("Davos breakfast") << QStringLiteral("meeting") << QStringLiteral("2025-01-23")
                                         << QStringList{QStringLiteral("Mark Rutte")} << QStringLiteral("Davos");
        QTest::newRow("Hague summit") << QStringLiteral("summit") << QStringLiteral("2025-06-24/2025-06-25")
                                      << QStringList{QStringLiteral("NATO")} << QStringLiteral("The Hague");
        QTest::newRow("ATACMS launch") << QStringLiteral("military_action") << QStringLiteral("2024-11-19")
                                       << QStringList{QStringLiteral("Ukraine"), QStringLiteral("Russia")} << QString();
        QTest::newRow("Dnipro strike") << QStringLiteral("military_action") << QStringLiteral("2024-11-21")
                                       << QStringList{QStringLiteral("Russia")} << QStringLiteral("Dnipro");
    }

    void meetingsAndCallsHaveParticipantsDatesAndPlaces()
    {
        QFETCH(QString, type);
        QFETCH(QString, date);
        QFETCH(QStringList, participants);
        QFETCH(QString, place);
        QList<NodeId> people;
        for (const QString &name : participants) {
            const NodeId id = named(name);
            QVERIFY2(id.isValid(), qPrintable(name));
            people.append(id);
        }
        NodeId match;
        for (NodeId event : targets(people.first(), relation::participatedIn)) {
            const NodeData &node = g.node(event);
            if (node.properties.value(QStringLiteral("type")).toString() != type
                || node.properties.value(QStringLiteral("date")).toString() != date)
                continue;
            const QList<NodeId> who = sources(event, relation::participatedIn);
            if (std::all_of(people.begin(), people.end(), [&](NodeId p) { return who.contains(p); }))
                match = event;
        }
        QVERIFY2(match.isValid(), qPrintable(QStringLiteral("no %1 on %2 with %3").arg(type, date, participants.join(QStringLiteral(", ")))));
        if (!place.isEmpty()) {
            QStringList places;
            for (NodeId p : targets(match, relation::locatedIn))
                places.append(g.node(p).label);
            QVERIFY2(places.contains(place), qPrintable(places.join(QStringLiteral(", "))));
        }
    }

    // Every date says where it comes from: stated in the text (with the
    // span that states it) or inferred (with its basis in words).
    void datesSayWhereTheyComeFrom()
    {
        int stated = 0, inferred = 0;
        for (NodeId id : g.nodes()) {
            const NodeData &node = g.node(id);
            if (node.kind == NodeKind::Document) // their provenance is in the document's note
                continue;
            const QString date = property(id, "date");
            const QString source = property(id, "date_source");
            if (date.isEmpty()) {
                for (const char *key : {"date_source", "date_evidence", "date_accounts"})
                    QVERIFY2(!node.properties.contains(QString::fromLatin1(key)),
                             qPrintable(QStringLiteral("%1 has %2 but no date").arg(node.key, QString::fromLatin1(key))));
                continue;
            }
            QVERIFY2(source == QLatin1String("stated") || source == QLatin1String("inferred"),
                     qPrintable(QStringLiteral("%1 (%2): date_source is \"%3\"").arg(node.key, date, source)));
            if (source == QLatin1String("inferred")) {
                QVERIFY2(!property(id, "date_note").trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1: inferred date %2 without a basis").arg(node.key, date)));
                ++inferred;
            } else {
                QVERIFY2(node.properties.value(QStringLiteral("date_evidence")).typeId() == QMetaType::QVariantMap,
                         qPrintable(QStringLiteral("%1: stated date %2 without date_evidence").arg(node.key, date)));
                ++stated;
            }
        }
        QVERIFY2(stated >= 5 && inferred >= 50, qPrintable(QStringLiteral("%1 stated, %2 inferred").arg(stated).arg(inferred)));
        // Two known cases, one of each.
        const NodeId election = g.findNode(QStringLiteral("event:2024-11-05-us-presidential-election"));
        QVERIFY(election.isValid());
        QCOMPARE(property(election, "date_source"), QStringLiteral("stated"));
        const NodeId palmBeach = g.findNode(QStringLiteral("event:2024-11-22-rutte-trump-palm-beach"));
        QVERIFY(palmBeach.isValid());
        QCOMPARE(property(palmBeach, "date_source"), QStringLiteral("inferred")); // "on Friday"
    }

    // date_evidence and the evidence of date_accounts are spans like any
    // other: their text is the article's text at their offsets.
    void dateEvidenceMatchesTheArticles()
    {
        const QHash<QString, QString> texts = articleTexts();
        int spans = 0, cited = 0;
        for (NodeId id : g.nodes()) {
            const NodeData &node = g.node(id);
            if (node.properties.contains(QStringLiteral("date_evidence"))) {
                const QString problem = spanProblem(node.properties.value(QStringLiteral("date_evidence")), texts);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1 date_evidence: %2").arg(node.key, problem)));
                ++spans;
            }
            if (!node.properties.contains(QStringLiteral("date_accounts")))
                continue;
            const QVariant accounts = node.properties.value(QStringLiteral("date_accounts"));
            QVERIFY2(accounts.typeId() == QMetaType::QVariantList && accounts.toList().size() >= 2,
                     qPrintable(QStringLiteral("%1: date_accounts is not a list of two or more").arg(node.key)));
            QStringList dates;
            for (const QVariant &value : accounts.toList()) {
                QVERIFY2(value.typeId() == QMetaType::QVariantMap, qPrintable(node.key));
                const QVariantMap account = value.toMap();
                const QString where = QStringLiteral("%1 account %2").arg(node.key, account.value(QStringLiteral("date")).toString());
                dates.append(account.value(QStringLiteral("date")).toString());
                QVERIFY2(!dates.last().isEmpty(), qPrintable(where));
                const QString source = account.value(QStringLiteral("date_source")).toString();
                QVERIFY2(source == QLatin1String("stated") || source == QLatin1String("inferred"), qPrintable(where));
                QVERIFY2(!account.value(QStringLiteral("basis")).toString().trimmed().isEmpty(), qPrintable(where));
                const bool hasEvidence = account.contains(QStringLiteral("evidence"));
                QVERIFY2(hasEvidence != account.contains(QStringLiteral("cited")),
                         qPrintable(where + QStringLiteral(": needs evidence or cited, not both or neither")));
                if (hasEvidence) {
                    const QString problem = spanProblem(account.value(QStringLiteral("evidence")), texts);
                    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(where, problem)));
                    ++spans;
                } else {
                    QVERIFY2(!account.value(QStringLiteral("cited")).toString().trimmed().isEmpty(), qPrintable(where));
                    ++cited;
                }
            }
            // The node's own date is one of the accounts, and they differ.
            QVERIFY2(dates.contains(property(id, "date")), qPrintable(node.key));
            QVERIFY2(QSet<QString>(dates.begin(), dates.end()).size() >= 2,
                     qPrintable(node.key + QStringLiteral(": every account gives %1").arg(dates.first())));
        }
        QVERIFY2(spans >= 60, qPrintable(QString::number(spans)));
        QVERIFY(cited >= 1);
    }

    // Article 000 reports, hedged, that "In December" Rutte told Trump of a
    // "dire threat"; his FT interview puts it at the Palm Beach meeting of
    // 22 November. No December meeting of theirs is shown as fact.
    void theDecemberClaimStaysHedged()
    {
        const QHash<QString, QString> texts = articleTexts();
        const QStringList plainFacts = {QStringLiteral("meeting"), QStringLiteral("phone_call"), QStringLiteral("talks"),
                                        QStringLiteral("summit"), QStringLiteral("ministerial"), QStringLiteral("interview")};
        for (NodeId id : g.nodes()) {
            if (g.node(id).kind != NodeKind::Event || !property(id, "date").startsWith(QLatin1String("2024-12")))
                continue;
            QVERIFY2(!plainFacts.contains(property(id, "type")) || !property(id, "hedge").isEmpty()
                         || property(id, "status") == QLatin1String("reported"),
                     qPrintable(QStringLiteral("%1 presents a December 2024 %2 as fact").arg(g.node(id).key, property(id, "type"))));
        }
        const QList<NodeId> claims = directStatementsQuoting(QStringLiteral("dire threat"));
        QCOMPARE(claims.size(), 1);
        const NodeId claim = claims.first();
        QCOMPARE(property(claim, "date"), QStringLiteral("2024-12"));
        QCOMPARE(property(claim, "date_source"), QStringLiteral("inferred"));
        const QString hedge = property(claim, "hedge");
        QVERIFY2(!hedge.isEmpty() && texts.value(QStringLiteral("doc:000")).contains(hedge),
                 qPrintable(QStringLiteral("%1: hedge \"%2\" is not the article's").arg(g.node(claim).key, hedge)));
        QVERIFY(g.node(claim).properties.value(QStringLiteral("date_evidence")).toMap().value(QStringLiteral("text")).toString()
                    .contains(QLatin1String("December")));
        bool article = false, financialTimes = false;
        for (const QVariant &value : g.node(claim).properties.value(QStringLiteral("date_accounts")).toList()) {
            const QVariantMap account = value.toMap();
            article = article || (account.value(QStringLiteral("date")) == QStringLiteral("2024-12")
                                  && account.contains(QStringLiteral("evidence")));
            financialTimes = financialTimes || (account.value(QStringLiteral("date")) == QStringLiteral("2024-11-22")
                                                && account.value(QStringLiteral("cited")).toString().contains(QLatin1String("Financial Times")));
        }
        QVERIFY2(article, "the article's account, with its span, is missing");
        QVERIFY2(financialTimes, "the Financial Times account (2024-11-22) is missing");
        // Nor is it made at a December event; Rutte and Trump share none.
        for (NodeId event : targets(claim, relation::madeAt))
            QVERIFY2(!property(event, "date").startsWith(QLatin1String("2024-12")), qPrintable(g.node(event).key));
        const QList<NodeId> trumps = targets(named(QStringLiteral("Donald Trump")), relation::participatedIn);
        for (NodeId event : targets(named(QStringLiteral("Mark Rutte")), relation::participatedIn))
            QVERIFY2(!trumps.contains(event) || !property(event, "date").startsWith(QLatin1String("2024-12")),
                     qPrintable(g.node(event).key));
    }

    // Article 001 is Rutte's White House visit of Thursday 24 April 2025,
    // not his earlier one of 13 March: nothing of it keeps that date.
    void article001IsTheAprilVisit()
    {
        const Document *doc = g.document(QStringLiteral("doc:001"));
        QVERIFY(doc);
        QCOMPARE(doc->date, QStringLiteral("2025-04-24"));
        QCOMPARE(doc->outlet, QStringLiteral("dailywrap.net"));
        int dated = 0;
        for (NodeId id : g.nodes()) {
            if (!hasEvidenceIn(id, QStringLiteral("doc:001")))
                continue;
            const NodeData &node = g.node(id);
            QVERIFY2(!node.key.contains(QLatin1String("2025-03-13")), qPrintable(node.key));
            QVERIFY2(!property(id, "date").contains(QLatin1String("2025-03-13")), qPrintable(node.key));
            for (const QVariant &account : node.properties.value(QStringLiteral("date_accounts")).toList())
                QVERIFY2(!account.toMap().value(QStringLiteral("date")).toString().contains(QLatin1String("2025-03-13")),
                         qPrintable(node.key));
            dated += property(id, "date").startsWith(QLatin1String("2025-04-24")) ? 1 : 0;
        }
        QVERIFY2(dated >= 14, qPrintable(QString::number(dated))); // three events and every statement of 001
    }

    // An event id that begins with a date begins with the event's date.
    void eventIdsCarryTheirDates()
    {
        const QRegularExpression dated(QStringLiteral("^event:(\\d{4}(?:-\\d{2}){0,2})-"));
        int checked = 0;
        for (NodeId id : g.nodes()) {
            const QRegularExpressionMatch m = dated.match(g.node(id).key);
            if (!m.hasMatch())
                continue;
            QVERIFY2(property(id, "date").startsWith(m.captured(1)),
                     qPrintable(QStringLiteral("%1 is dated %2").arg(g.node(id).key, property(id, "date"))));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    void rolesAreRecorded_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("title");
        QTest::newRow("Rutte") << QStringLiteral("Mark Rutte") << QStringLiteral("Secretary General");
        QTest::newRow("Rubio") << QStringLiteral("Marco Rubio") << QStringLiteral("Secretary of State");
        QTest::newRow("Hegseth") << QStringLiteral("Pete Hegseth") << QStringLiteral("Defense Secretary");
        QTest::newRow("Waltz") << QStringLiteral("Michael Waltz") << QStringLiteral("National Security Advis");
        QTest::newRow("Sybiha") << QStringLiteral("Andrii Sybiha") << QStringLiteral("Foreign Minister");
    }

    void rolesAreRecorded()
    {
        QFETCH(QString, person);
        QFETCH(QString, title);
        const NodeId id = named(person);
        QVERIFY2(id.isValid(), qPrintable(person));
        QStringList titles;
        for (EdgeId e : g.outEdges(id)) {
            if (g.edge(e).relation == relation::role)
                titles.append(g.edge(e).properties.value(QStringLiteral("title")).toString());
        }
        QVERIFY2(titles.filter(title, Qt::CaseInsensitive).size() > 0, qPrintable(titles.join(QStringLiteral("; "))));
    }

    void aliasesFindTheActors()
    {
        // Short names find the same person as full names (and both find one).
        const QList<std::pair<const char *, const char *>> names = {
            {"Rutte", "person:mark-rutte"}, {"Mark Rutte", "person:mark-rutte"},
            {"Trump", "person:donald-trump"}, {"Donald Trump", "person:donald-trump"},
            {"Zelenskyy", "person:volodymyr-zelenskyy"}, {"Volodymyr Zelenskyy", "person:volodymyr-zelenskyy"},
            {"Vladimir Putin", "person:vladimir-putin"}};
        for (const auto &[name, key] : names) {
            const NodeId id = named(QString::fromUtf8(name));
            QVERIFY2(id.isValid(), name);
            QCOMPARE(g.node(id).key, QString::fromUtf8(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
