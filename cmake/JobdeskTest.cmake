# jobdesk_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENV ...] [WRAPPER cmd...])
# Registers tst_<name> as its own executable, run offscreen with asserts on.
# WRAPPER runs the test through a command, e.g. a private D-Bus session with a keyring.
function(jobdesk_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;WRAPPER" ${ARGN})
    qt_add_executable(tst_${name} ${T_SOURCES})
    target_link_libraries(tst_${name} PRIVATE Qt6::Test jobdesk_strict ${T_LIBS})
    target_compile_definitions(tst_${name} PRIVATE QT_FORCE_ASSERTS
        JOBDESK_SERVER_BINARY="$<TARGET_FILE:jobdesk-server>"
        JOBDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_dependencies(tst_${name} jobdesk-server)
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:tst_${name}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;${T_ENV}")
endfunction()
