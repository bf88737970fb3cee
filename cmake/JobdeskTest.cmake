# A throwaway PostgreSQL cluster for the tests that need one (fixture `pgcluster`),
# on a loopback port derived from the build directory so that two build trees on
# one machine do not collide. Tests see its maintenance URL as JOBDESK_TEST_PG_URL.
string(MD5 _jobdesk_build_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_jobdesk_build_hash}" 0 4 _jobdesk_build_hash)
math(EXPR JOBDESK_TEST_PG_PORT "0x${_jobdesk_build_hash} % 20000 + 21000")
set(JOBDESK_TEST_PG_URL "postgresql://postgres@127.0.0.1:${JOBDESK_TEST_PG_PORT}/postgres")
set(_jobdesk_pg_state "${CMAKE_BINARY_DIR}/pgcluster.state")
add_test(NAME pgcluster_start COMMAND ${PROJECT_SOURCE_DIR}/tests/support/pgcluster.sh
    start ${_jobdesk_pg_state} ${JOBDESK_TEST_PG_PORT})
add_test(NAME pgcluster_stop COMMAND ${PROJECT_SOURCE_DIR}/tests/support/pgcluster.sh
    stop ${_jobdesk_pg_state})
set_tests_properties(pgcluster_start PROPERTIES FIXTURES_SETUP pgcluster LABELS postgres)
set_tests_properties(pgcluster_stop PROPERTIES FIXTURES_CLEANUP pgcluster LABELS postgres)

# jobdesk_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENV ...] [WRAPPER cmd...])
# Registers tst_<name> as its own executable, run offscreen with asserts on.
# WRAPPER runs the test through a command, e.g. a private D-Bus session with a keyring.
# A test labelled `server` runs twice: as <name> on SQLite and as <name>_pg with every
# TestServer on its own database of the PostgreSQL cluster. One labelled `postgres`
# runs once with the cluster at hand.
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
    if("postgres" IN_LIST T_LABELS)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED pgcluster
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;JOBDESK_TEST_PG_URL=${JOBDESK_TEST_PG_URL};${T_ENV}")
    endif()
    if("server" IN_LIST T_LABELS)
        add_test(NAME ${name}_pg COMMAND ${T_WRAPPER} $<TARGET_FILE:tst_${name}>)
        set_tests_properties(${name}_pg PROPERTIES
            TIMEOUT ${T_TIMEOUT}
            LABELS "${T_LABELS};postgres"
            FIXTURES_REQUIRED pgcluster
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;JOBDESK_TEST_PG_URL=${JOBDESK_TEST_PG_URL};JOBDESK_TEST_ENGINE=postgresql;${T_ENV}")
    endif()
endfunction()
