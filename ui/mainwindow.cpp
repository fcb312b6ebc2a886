// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: AlertDesk contributors
#include "mainwindow.h"

namespace alertdesk {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}

} // namespace alertdesk
