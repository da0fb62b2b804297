#define BOOST_TEST_MODULE woshou clients
#include <boost/test/unit_test.hpp>
