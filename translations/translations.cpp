// SPDX-License-Identifier: GPL-3.0-or-later
// Carrier of the compiled translation resources (see CMakeLists.txt); no code of its own.
