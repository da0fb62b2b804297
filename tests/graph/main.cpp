#define BOOST_TEST_MODULE woshou graph
#include <boost/test/unit_test.hpp>
