#pragma once

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace threadline {

// A step that changes what the window shows rather than the document (a
// focus on a node's neighbourhood, Show All, a Filter tab tick, a period
// brushed), built from its name and what redo and undo do, as Graphia's
// commands are. The first redo is the push.
class ViewCommand : public QUndoCommand
{
public:
    ViewCommand(const QString &text, std::function<void()> forward, std::function<void()> back)
        : QUndoCommand(text), m_redo(std::move(forward)), m_undo(std::move(back))
    {
    }

    // What a step brought about later joins it (the layout that places the
    // documents a filter step showed): redone before the step, so the step
    // finds it done, and undone after it.
    void join(std::function<void()> forward, std::function<void()> back)
    {
        m_joinedRedo = std::move(forward);
        m_joinedUndo = std::move(back);
    }

    // Where the view looked when the step ended and before it began, when
    // what joined it moved the view (the layout fitted the view to its
    // picture): redo and undo look there again, once the canvas is back.
    void joinView(std::function<void()> forward, std::function<void()> back)
    {
        m_viewRedo = std::move(forward);
        m_viewUndo = std::move(back);
    }

    void redo() override
    {
        if (m_joinedRedo)
            m_joinedRedo();
        m_redo();
        if (m_viewRedo)
            m_viewRedo();
    }
    void undo() override
    {
        m_undo();
        if (m_joinedUndo)
            m_joinedUndo();
        if (m_viewUndo)
            m_viewUndo();
    }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    std::function<void()> m_joinedRedo;
    std::function<void()> m_joinedUndo;
    std::function<void()> m_viewRedo;
    std::function<void()> m_viewUndo;
};

} // namespace threadline
