#include <QSignalSpy>
#include <QTest>

#include "bundledcorpus.h"
#include "edits.h"
#include "graphdocument.h"
#include "jsonformat.h"
#include "selection.h"

using namespace threadline;

// The document model: every change announced with the ids it touched, every
// edit undone and redone to the very same graph, ids kept across undo.
class TestDocument : public QObject
{
    Q_OBJECT

    static NodeData person(const QString &key, const QString &label, QStringList aliases = {})
    {
        NodeData n;
        n.key = key;
        n.kind = NodeKind::Person;
        n.label = label;
        n.aliases = std::move(aliases);
        return n;
    }

    static EvidenceSpan span(qsizetype start, const QString &text)
    {
        return {QStringLiteral("doc"), start, start + text.size(), text};
    }

    static EdgeData edge(NodeId source, NodeId target, const QString &relation, QList<EvidenceSpan> evidence = {})
    {
        EdgeData e;
        e.source = source;
        e.target = target;
        e.relation = relation;
        e.evidence = std::move(evidence);
        return e;
    }

    // The whole document as text: the graph as JSON plus view state by key.
    static QByteArray snapshot(const GraphDocument &doc)
    {
        QByteArray out = json::write(doc.graph());
        const KnowledgeGraph &g = doc.graph();
        QStringList view;
        for (NodeId id : g.nodes()) {
            view.append(QStringLiteral("%1 #%2 %3,%4 %5 %6")
                            .arg(g.node(id).key)
                            .arg(id.value())
                            .arg(doc.positions().value(id).x())
                            .arg(doc.positions().value(id).y())
                            .arg(doc.isPinned(id))
                            .arg(doc.isHidden(id)));
        }
        for (EdgeId id : g.edges())
            view.append(QStringLiteral("%1 #%2").arg(g.edge(id).key).arg(id.value()));
        return out + view.join(QLatin1Char('\n')).toUtf8();
    }

    // Rutte and "the NATO chief" (a duplicate), Trump, a meeting.
    static void smallGraph(GraphDocument &doc, NodeId &rutte, NodeId &chief, NodeId &trump, NodeId &meeting)
    {
        KnowledgeGraph g;
        g.addDocument({QStringLiteral("doc"), QStringLiteral("T"), {}, {}, {}, {}, {},
                       QStringLiteral("Mark Rutte met Donald Trump. The NATO chief said so.")});
        NodeData r = person(QStringLiteral("rutte"), QStringLiteral("Mark Rutte"), {QStringLiteral("Rutte")});
        r.evidence = {span(0, QStringLiteral("Mark Rutte"))};
        r.properties.insert(QStringLiteral("born"), 1967);
        rutte = g.addNode(r);
        NodeData c = person(QStringLiteral("chief"), QStringLiteral("the NATO chief"));
        c.evidence = {span(28, QStringLiteral("The NATO chief"))};
        c.properties.insert(QStringLiteral("title"), QStringLiteral("Secretary General"));
        c.properties.insert(QStringLiteral("born"), 1900); // the kept node's value wins
        chief = g.addNode(c);
        NodeData t = person(QStringLiteral("trump"), QStringLiteral("Donald Trump"));
        t.evidence = {span(15, QStringLiteral("Donald Trump"))};
        trump = g.addNode(t);
        NodeData m;
        m.key = QStringLiteral("meeting");
        m.kind = NodeKind::Event;
        m.label = QStringLiteral("Meeting");
        m.evidence = {span(11, QStringLiteral("met"))};
        meeting = g.addNode(m);
        g.addEdge(edge(rutte, meeting, relation::participatedIn, {span(0, QStringLiteral("Mark Rutte met"))}));
        g.addEdge(edge(chief, meeting, relation::participatedIn, {span(28, QStringLiteral("The NATO chief"))}));
        g.addEdge(edge(trump, meeting, relation::participatedIn, {span(11, QStringLiteral("met Donald Trump"))}));
        g.addEdge(edge(chief, trump, QStringLiteral("spoke_of"), {span(28, QStringLiteral("The NATO chief said so"))}));
        g.addEdge(edge(rutte, chief, QStringLiteral("same_as")));
        doc.reset(std::move(g), {{rutte, {1, 2}}, {chief, {3, 4}}, {trump, {5, 6}}, {meeting, {7, 8}}}, {chief}, {});
    }

private Q_SLOTS:
    void addAnnouncesAndUndoKeepsTheId()
    {
        GraphDocument doc;
        QSignalSpy added(&doc, &GraphDocument::nodesAdded);
        QSignalSpy removed(&doc, &GraphDocument::nodesRemoved);
        QSignalSpy changed(&doc, &GraphDocument::changed);
        AddNodeEdit add(person(QStringLiteral("a"), QStringLiteral("Ann")), QPointF(10, 20));
        add.redo(doc);
        const NodeId id = add.id();
        QVERIFY(id.isValid());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<QList<NodeId>>(), QList<NodeId>{id});
        QCOMPARE(doc.positions().value(id), QPointF(10, 20));
        QCOMPARE(changed.count(), 1);
        AddNodeEdit other(person(QStringLiteral("b"), QStringLiteral("Ben")));
        other.redo(doc);
        add.undo(doc);
        QVERIFY(!doc.graph().contains(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!doc.positions().contains(id));
        add.redo(doc);
        QVERIFY(doc.graph().contains(id)); // the same id, not a new one
        QCOMPARE(doc.graph().node(id).label, QStringLiteral("Ann"));
        QCOMPARE(doc.positions().value(id), QPointF(10, 20));
        QCOMPARE(doc.graph().nodes(), (QList<NodeId>{id, other.id()})); // in its old place
        QCOMPARE(doc.revision(), quint64(changed.count()));
    }

    void deleteAndUndoRestoresEdgesEvidenceAndView()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        const QByteArray before = snapshot(doc);
        QSignalSpy edgesRemoved(&doc, &GraphDocument::edgesRemoved);
        QSignalSpy nodesRemoved(&doc, &GraphDocument::nodesRemoved);
        QSignalSpy edgesAdded(&doc, &GraphDocument::edgesAdded);
        RemoveEdit remove({chief}, {});
        remove.redo(doc);
        QVERIFY(!doc.graph().contains(chief));
        QCOMPARE(doc.graph().edgeCount(), 2); // its three edges went with it
        QCOMPARE(edgesRemoved.count(), 1);
        QCOMPARE(edgesRemoved.at(0).at(0).value<QList<EdgeId>>().size(), 3);
        QCOMPARE(nodesRemoved.at(0).at(0).value<QList<NodeId>>(), QList<NodeId>{chief});
        QVERIFY(!doc.isPinned(chief));
        remove.undo(doc);
        QCOMPARE(snapshot(doc), before); // ids, edges, evidence, position and pin
        QCOMPARE(edgesAdded.at(0).at(0).value<QList<EdgeId>>().size(), 3);
        remove.redo(doc);
        remove.undo(doc);
        QCOMPARE(snapshot(doc), before);
    }

    void restoreRefusesWhatIsTakenAndChangesNothing()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        const RemovedElements removed = doc.remove({trump}, {});
        doc.addNode(person(QStringLiteral("trump"), QStringLiteral("Another")));
        const QByteArray now = snapshot(doc);
        QVERIFY(!doc.restore(removed)); // the key is taken again
        QCOMPARE(snapshot(doc), now);
    }

    void changeAnnouncesEvidenceOnlyWhenItChanges()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        QSignalSpy nodesChanged(&doc, &GraphDocument::nodesChanged);
        QSignalSpy evidence(&doc, &GraphDocument::evidenceChanged);
        NodeData renamed = doc.graph().node(trump);
        renamed.label = QStringLiteral("President Trump");
        ChangeNodeEdit rename(doc, trump, renamed, QStringLiteral("Rename"));
        rename.redo(doc);
        QCOMPARE(doc.graph().node(trump).label, QStringLiteral("President Trump"));
        QCOMPARE(nodesChanged.count(), 1);
        QCOMPARE(evidence.count(), 0);
        NodeData more = doc.graph().node(trump);
        more.evidence.append(span(33, QStringLiteral("NATO")));
        ChangeNodeEdit addEvidence(doc, trump, more, QStringLiteral("Add evidence"));
        addEvidence.redo(doc);
        QCOMPARE(evidence.count(), 1);
        QCOMPARE(evidence.at(0).at(0).value<QList<NodeId>>(), QList<NodeId>{trump});
        addEvidence.undo(doc);
        rename.undo(doc);
        QCOMPARE(doc.graph().node(trump).label, QStringLiteral("Donald Trump"));
        QCOMPARE(doc.graph().node(trump).evidence.size(), 1);
    }

    void mergeCombinesAndUndoRestoresEverything()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        const QByteArray before = snapshot(doc);
        const EdgeId chiefSpoke = doc.graph().findEdge(QStringLiteral("e3"));
        QVERIFY(chiefSpoke.isValid());
        std::unique_ptr<CompositeEdit> merge = mergeNodes(doc, rutte, chief);
        QVERIFY(merge);
        const KnowledgeGraph &g = doc.graph();
        QVERIFY(!g.contains(chief));
        const NodeData &r = g.node(rutte);
        QCOMPARE(r.aliases, (QStringList{QStringLiteral("Rutte"), QStringLiteral("the NATO chief")}));
        QCOMPARE(r.evidence.size(), 2);
        QCOMPARE(r.properties.value(QStringLiteral("born")).toInt(), 1967);
        QCOMPARE(r.properties.value(QStringLiteral("title")).toString(), QStringLiteral("Secretary General"));
        // "spoke_of" re-pointed under its own id; the repeated participation
        // folded into Rutte's with both spans; "same_as" between them gone.
        QCOMPARE(g.edge(chiefSpoke).source, rutte);
        QCOMPARE(g.edgeCount(), 3);
        const EdgeId took = g.findEdge(QStringLiteral("e0"));
        QCOMPARE(g.edge(took).evidence.size(), 2);
        QVERIFY(!g.findEdge(QStringLiteral("e4")).isValid());
        const QByteArray merged = snapshot(doc);

        merge->undo(doc);
        QCOMPARE(snapshot(doc), before);
        merge->redo(doc);
        QCOMPARE(snapshot(doc), merged);
        merge->undo(doc);
        QCOMPARE(snapshot(doc), before);
    }

    // Merge, then split the alias off again: the new node takes the quotes
    // that name only it; undo and redo give back the same document.
    void splitAliasTakesItsQuotes()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        std::unique_ptr<CompositeEdit> merge = mergeNodes(doc, rutte, chief);
        const QByteArray merged = snapshot(doc);
        QVERIFY(!splitAlias(doc, rutte, QStringLiteral("no such alias")));
        QCOMPARE(snapshot(doc), merged);
        NodeId made;
        std::unique_ptr<CompositeEdit> split = splitAlias(doc, rutte, QStringLiteral("the NATO chief"), &made);
        QVERIFY(split && made.isValid() && made != rutte);
        const KnowledgeGraph &g = doc.graph();
        QCOMPARE(g.node(made).label, QStringLiteral("the NATO chief"));
        QCOMPARE(g.node(made).kind, NodeKind::Person);
        QCOMPARE(g.node(made).key, QStringLiteral("person:the-nato-chief"));
        QCOMPARE(g.node(made).evidence, (QList<EvidenceSpan>{span(28, QStringLiteral("The NATO chief"))}));
        QCOMPARE(g.node(rutte).evidence, (QList<EvidenceSpan>{span(0, QStringLiteral("Mark Rutte"))}));
        QCOMPARE(g.node(rutte).aliases, QStringList{QStringLiteral("Rutte")});
        QCOMPARE(doc.positions().value(made), doc.positions().value(rutte) + QPointF(60, 40));
        const QByteArray after = snapshot(doc);
        split->undo(doc);
        QCOMPARE(snapshot(doc), merged);
        split->redo(doc);
        QCOMPARE(snapshot(doc), after);
        QCOMPARE(g.node(made).label, QStringLiteral("the NATO chief")); // the same id again
        // A key that is taken gets a number.
        QCOMPARE(uniqueNodeKey(g, NodeKind::Person, QStringLiteral("The NATO chief!")),
                 QStringLiteral("person:the-nato-chief-2"));
    }

    // A document's metadata changes as one edit; its text never does.
    void documentMetadataIsAnEdit()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        const Document before = *doc.graph().document(QStringLiteral("doc"));
        Document changed = before;
        changed.outlet = QStringLiteral("Reuters");
        changed.url = QStringLiteral("https://example.org/a");
        changed.text = QStringLiteral("another text");
        QSignalSpy edited(&doc, &GraphDocument::documentEdited);
        ChangeDocumentEdit edit(doc, changed);
        edit.redo(doc);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toString(), QStringLiteral("doc"));
        const Document *now = doc.graph().document(QStringLiteral("doc"));
        QCOMPARE(now->outlet, QStringLiteral("Reuters"));
        QCOMPARE(now->url, QStringLiteral("https://example.org/a"));
        QCOMPARE(now->text, before.text);
        edit.undo(doc);
        QCOMPARE(*doc.graph().document(QStringLiteral("doc")), before);
        Document missing;
        missing.id = QStringLiteral("missing");
        QVERIFY(!doc.setDocumentMetadata(missing));
    }

    void relationsFollowTheModel()
    {
        QVERIFY(relationFits(relation::participatedIn, NodeKind::Person, NodeKind::Event));
        QVERIFY(!relationFits(relation::participatedIn, NodeKind::Event, NodeKind::Person));
        QVERIFY(relationFits(relation::said, NodeKind::Country, NodeKind::Statement));
        QVERIFY(!relationFits(relation::said, NodeKind::Statement, NodeKind::Person));
        QVERIFY(relationFits(relation::role, NodeKind::Person, NodeKind::Organization));
        QVERIFY(!relationFits(relation::role, NodeKind::Organization, NodeKind::Person));
        QVERIFY(relationFits(relation::locatedIn, NodeKind::Event, NodeKind::Country));
        QVERIFY(!relationFits(relation::about, NodeKind::Statement, NodeKind::Statement));
        QVERIFY(relationFits(QStringLiteral("knows"), NodeKind::Other, NodeKind::Other)); // foreign: as given
        QCOMPARE(modelRelations().size(), 8);
    }

    // The selection's history passes over what was deleted since.
    void selectionHistoryGoesBackAndForward()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        Selection selection(&doc);
        QSignalSpy history(&selection, &Selection::historyChanged);
        selection.select(rutte);
        selection.select(chief);
        selection.select(trump);
        selection.selectDocument(QStringLiteral("doc"));
        QVERIFY(history.count() >= 3);
        QVERIFY(selection.back());
        QCOMPARE(selection.currentNode(), trump);
        doc.remove({chief}, {});
        QVERIFY(selection.back()); // over the chief, who is gone
        QCOMPARE(selection.currentNode(), rutte);
        QVERIFY(!selection.back());
        QVERIFY(selection.forward());
        QCOMPARE(selection.currentNode(), trump);
        QVERIFY(selection.forward());
        QCOMPARE(selection.currentDocument(), QStringLiteral("doc"));
        QVERIFY(!selection.forward());
        // Another graph: no history.
        doc.reset(KnowledgeGraph());
        QVERIFY(!selection.canGoBack() && !selection.canGoForward());
    }

    void aDragIsOneStep()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        QSignalSpy moved(&doc, &GraphDocument::positionsChanged);
        MoveEdit first(doc, {{rutte, {10, 10}}}, QStringLiteral("Move"), 7);
        first.redo(doc);
        MoveEdit second(doc, {{rutte, {20, 20}}, {trump, {30, 30}}}, QStringLiteral("Move"), 7);
        second.redo(doc);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(1).at(0).value<QList<NodeId>>(), (QList<NodeId>{rutte, trump}));
        QVERIFY(first.mergeWith(second));
        MoveEdit otherGesture(doc, {{rutte, {0, 0}}}, QStringLiteral("Move"), 8);
        QVERIFY(!first.mergeWith(otherGesture));
        first.undo(doc); // one step back to before the drag
        QCOMPARE(doc.positions().value(rutte), QPointF(1, 2));
        QCOMPARE(doc.positions().value(trump), QPointF(5, 6));
        first.redo(doc);
        QCOMPARE(doc.positions().value(rutte), QPointF(20, 20));
        QCOMPARE(doc.positions().value(trump), QPointF(30, 30));
    }

    void pinAndHideAreEdits()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        QSignalSpy pinned(&doc, &GraphDocument::pinnedChanged);
        FlagEdit pin(doc, FlagEdit::Flag::Pinned, {rutte, chief}, true); // chief was pinned already
        pin.redo(doc);
        QCOMPARE(pinned.at(0).at(0).value<QList<NodeId>>(), QList<NodeId>{rutte});
        pin.undo(doc);
        QVERIFY(!doc.isPinned(rutte));
        QVERIFY(doc.isPinned(chief)); // undo leaves what the edit did not change
        FlagEdit hide(doc, FlagEdit::Flag::Hidden, {meeting}, true);
        hide.redo(doc);
        QVERIFY(doc.isHidden(meeting));
        hide.undo(doc);
        QVERIFY(!doc.isHidden(meeting));
    }

    void selectionIsOneAndFollowsTheDocument()
    {
        GraphDocument doc;
        NodeId rutte, chief, trump, meeting;
        smallGraph(doc, rutte, chief, trump, meeting);
        Selection selection(&doc);
        QSignalSpy changed(&selection, &Selection::changed);
        selection.select(rutte);
        QCOMPARE(selection.currentNode(), rutte);
        selection.toggle(trump);
        QCOMPARE(selection.nodes(), (QSet<NodeId>{rutte, trump}));
        QCOMPARE(selection.currentNode(), trump);
        selection.select(rutte);
        selection.select(rutte); // no change, no signal
        QCOMPARE(changed.count(), 3);
        const EdgeId e = doc.graph().edges().first();
        selection.select(e);
        QVERIFY(selection.nodes().isEmpty());
        QCOMPARE(selection.currentEdge(), e);
        selection.selectDocument(QStringLiteral("doc"));
        QCOMPARE(selection.currentDocument(), QStringLiteral("doc"));
        QVERIFY(!selection.currentEdge().isValid());
        // Deleting selected elements takes them out of the selection.
        selection.setNodes({rutte, chief});
        QCOMPARE(selection.currentNode(), rutte); // the first
        selection.setNodes({rutte});
        selection.toggle(chief);
        QCOMPARE(selection.currentNode(), chief); // the last one added
        RemoveEdit remove({chief}, {});
        remove.redo(doc);
        QCOMPARE(selection.nodes(), QSet<NodeId>{rutte});
        QCOMPARE(selection.currentNode(), NodeId()); // chief was current
        selection.select(trump);
        doc.reset(KnowledgeGraph());
        QVERIFY(selection.isEmpty());
    }

    // The bundled corpus through the document: delete every person, undo,
    // and the graph is byte for byte what it was.
    void bundledCorpusSurvivesDeleteAndUndo()
    {
        KnowledgeGraph corpus;
        QVERIFY(loadBundledCorpus(corpus).ok);
        GraphDocument doc;
        doc.reset(corpus);
        const QByteArray before = json::write(doc.graph());
        QList<NodeId> people;
        for (NodeId id : doc.graph().nodes()) {
            if (doc.graph().node(id).kind == NodeKind::Person)
                people.append(id);
        }
        QVERIFY(people.size() > 5);
        RemoveEdit remove(people, {});
        remove.redo(doc);
        QCOMPARE(doc.graph().nodeCount(), corpus.nodeCount() - people.size());
        remove.undo(doc);
        QCOMPARE(json::write(doc.graph()), before);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
