#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

namespace threadline {

// Runs its work once, on the next turn of the event loop, however many times
// it is asked before then: for a view that follows a stream of change
// signals (an import adds hundreds of nodes; a rubber band changes the
// selection at every mouse move) and needs to catch up only once. A member
// of `context`, which must outlive it; the work never runs after `context`
// is gone.
class OnceLater
{
public:
    OnceLater(QObject *context, std::function<void()> work) : m_context(context), m_work(std::move(work)) {}
    OnceLater(const OnceLater &) = delete;
    OnceLater &operator=(const OnceLater &) = delete;

    void request()
    {
        if (m_queued)
            return;
        m_queued = true;
        QTimer::singleShot(0, m_context, [this] {
            m_queued = false;
            m_work();
        });
    }

private:
    QObject *m_context;
    std::function<void()> m_work;
    bool m_queued = false;
};

} // namespace threadline
