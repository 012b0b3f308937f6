#include "bundledcorpus.h"

#include "jsonformat.h"

namespace threadline {

ReadResult loadBundledCorpus(KnowledgeGraph &out)
{
    return json::readFile(QString::fromLatin1(bundledGraphPath), out);
}

} // namespace threadline
