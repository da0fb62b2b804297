#define BOOST_TEST_MODULE woshou_sql
#include <boost/test/unit_test.hpp>
