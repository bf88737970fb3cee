#pragma once

#include <QIcon>

namespace jobdesk::ui {

// The app's mark, drawn at run time until the SVG set lands in resources/.
class AppIcon final
{
public:
    static QIcon icon(bool running = false);
};

} // namespace jobdesk::ui
