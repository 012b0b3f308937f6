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

    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace threadline
